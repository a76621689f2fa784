# NaN identity: containers compare items by identity first, as CPython's
# PyObject_RichCompareBool; a NaN object hashes by identity in 3.11.
import math, struct
x = float('nan')
print(x in [x], [x] == [x], (x,) == (x,), x == x, x != x, x is x)
d = {x: 1}
print(d[x], x in d, x in {x}, x in (x,), {x: 2}.get(x))
y = float('nan')
print(y in d, y in [x], [x] == [y], len({x, y}), len({x, x}))
print([x].count(x), [x].index(x), [x, y].count(y), (1, x).index(x))
z = x + 1
print(z is x, z in [x], math.isnan(z), len({float('nan') for _ in range(3)}))
print(math.nan in [math.nan], math.nan is math.nan, [math.nan] == [math.nan])
print(struct.pack('>d', x), struct.pack('<f', y), struct.pack('>e', x), repr(x), str(-x), math.copysign(1, -x))
print(hash(x) == hash(x), hash(x) == hash(y), float.hex(x), format(x, ".2f"), x.is_integer())
print(sorted([3, 1, 2]) == [1, 2, 3], max(x, 1) is x, min(1, x))

# A metaclass's __eq__ and __hash__ apply to its classes.
class M(type):
    def __eq__(cls, other):
        print("M.__eq__", cls.__name__, getattr(other, "__name__", other))
        return True
    def __hash__(cls):
        print("M.__hash__", cls.__name__)
        return 42
class C(metaclass=M): pass
class D(metaclass=M): pass
print(C == D)
print(C != D)
print(hash(C))
d = {C: 1}
print(d[C])
print(C in [D])
print(len({C, D}))
print(C == 5, [C] == [D])
class Ordered(type):
    def __lt__(cls, other):
        return cls.__name__ < other.__name__
class B1(metaclass=Ordered): pass
class A1(metaclass=Ordered): pass
print([k.__name__ for k in sorted([B1, A1])], B1 < A1)
try:
    int < str
except TypeError as e:
    print(e)

# Instances without a __dict__: a class attribute is read-only, other names do not exist.
class S:
    __slots__ = ("a",)
    b = 5
    def m(self): pass
s = S()
for name in ["b", "m", "zz"]:
    try:
        setattr(s, name, 1)
    except AttributeError as e:
        print(e)
    try:
        delattr(s, name)
    except AttributeError as e:
        print(e)
try:
    s.a
except AttributeError as e:
    print(e)

# int() counts keyword arguments too.
for args, kw in [(("1",), {"base": 10, "x": 1}), (("1", 10, 3), {}), (("1",), {"x": 1})]:
    try:
        int(*args, **kw)
    except TypeError as e:
        print(e)

# Parts made by ExceptionGroup.split()/subgroup() never show their context.
e = ExceptionGroup("g", [ValueError(1), TypeError(2)])
e.add_note("n")
e.__context__ = KeyError("ctx")
m, r = e.split(ValueError)
print(m.__suppress_context__, repr(m.__context__), m.__notes__, m.__notes__ is e.__notes__, r.__suppress_context__)
print(e.subgroup(lambda x: True) is e, e.split(Exception)[0] is e, e.split(KeyError))
def lvl(n):
    if n == 0:
        raise ExceptionGroup("deep", [ValueError("x")])
    try:
        lvl(n - 1)
    except* ValueError:
        raise ExceptionGroup(f"lvl{n}", [TypeError(n)])
try:
    lvl(2)
except ExceptionGroup as ex:
    print(repr(ex), repr(ex.__context__), ex.__suppress_context__)
import traceback
try:
    lvl(2)
except ExceptionGroup:
    traceback.print_exc()
lvl(2)
