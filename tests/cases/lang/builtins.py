# Builtin functions: print options, iteration helpers, introspection, conversions.
import sys
print("a", "b", 1, sep="-", end="!\n")
print("no newline", end="")
print()
print(*range(3), sep=", ")
print("to stderr", file=sys.stderr, flush=True)
print("flushed", flush=True)
print(len("abc"), len([1]), len({}), len(range(10)))
print(list(enumerate("ab")), list(enumerate("ab", start=5)), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])), list(filter(lambda v: v > 1, [1, 2, 3])))
print(sorted([3, 1, 2]), sorted("cba", reverse=True), sorted([(1, "b"), (1, "a")]), sorted([-3, 2], key=abs))
print(list(reversed([1, 2, 3])), list(reversed("ab")), sum([1, 2, 3]), sum([[1], [2]], []), sum(range(5), 10))
print(min(3, 1, 2), max([1, 5, 2]), min("bca"), max([], default="empty"), min([4, -5], key=abs), max([1, 2], key=lambda v: -v))
print(abs(-3), all([]), all([1, 0]), any([]), any([0, 1]), isinstance(1, (str, int)), issubclass(bool, (int,)))
print(type(1), type("s"), type(None), type(type), type([]).__name__, repr("x"), repr(1.0))
print(hash(1) == hash(1), hash("a") == hash("a"), hash(()) == hash(()), id(d := {}) == id(d), id(1) != id("1"))
print(round(3.14159, 3), divmod(17, 5), pow(2, 8), pow(2, 8, 5), pow(2.0, 3), chr(9731), ord("\n"))
print(hex(16), bin(5), oct(64), format(0.5, ".1%"), format(42), format(3, "b"), format("s", "<3") + "|")

class Obj:
    cls_attr = 1
    def __init__(self):
        self.x = 1
o = Obj()
setattr(o, "y", 2)
print(getattr(o, "x"), getattr(o, "zz", "default"), hasattr(o, "y"), hasattr(o, "nope"), vars(o), o.__dict__)
delattr(o, "y")
print(vars(o), "x" in dir(o), "cls_attr" in dir(o), "__init__" in dir(Obj), callable(Obj), callable(o), callable(len))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(e)

it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
print(str(), int(), float(), bool(), list(), tuple(), dict(), set(), repr(object())[:18])
print(int("12") + float("1.5"), bool("x"), list("ab"), tuple([1]), dict(zip("ab", [1, 2])), set([2, 2]))
print(isinstance([], list), isinstance(True, bool), isinstance(1, bool), issubclass(int, object), type(o) is Obj)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
try:
    sum(["a"])
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
def f(): pass
print(repr(f)[:17] == "<function f at 0x", repr(len), repr(print), repr(Obj)[:16], repr(o)[:23])
print(repr(Obj.__init__)[:27] == "<function Obj.__init__ at 0", repr(o.__init__)[:38] == "<bound method Obj.__init__ of <__main__")
print(int, str, object, type, Exception, KeyError, type(len), type(f).__name__, type(o.__init__).__name__)
print(max(range(3), key=lambda v: v % 2), min((2, "b"), (1, "z")), sorted({"b": 1, "a": 2}), list({"a": 1}.items()))
print(globals()["__name__"], "f" in globals(), __name__)
def loc():
    a = 1
    return locals()
print(loc())
