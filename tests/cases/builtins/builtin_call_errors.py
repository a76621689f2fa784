# The TypeError/ValueError messages of bad calls to built-in functions, constructors and
# str methods, as CPython 3.11 words them.
checks = [
    lambda: "a".join(), lambda: "a".join("b", "c"), lambda: "a".zfill(), lambda: "a".removeprefix(),
    lambda: "a".translate(), lambda: "a".format_map(), lambda: "a".__format__(), lambda: "a".zfill(1, 2),
    lambda: "a".startswith(), lambda: "a".endswith(1, 2, 3, 4), lambda: "a".center(), lambda: "a".split(1, 2, 3),
    lambda: "a".rsplit(1, 2, 3), lambda: "a".center(1, 2, 3), lambda: "a".encode(1, 2, 3),
    lambda: "a".splitlines(1, 2), lambda: "a".strip(1, 2), lambda: "a".expandtabs(1, 2), lambda: "a".partition(),
    lambda: "a".rpartition(1, 2), lambda: "a".upper(1), lambda: "a".find(), lambda: "a".count(1, 2, 3, 4),
    lambda: "a".replace(1), lambda: "a".lstrip(1, 2), lambda: "a".ljust(),
    lambda: "a".__contains__(), lambda: "a".__len__(1), lambda: "a".__add__(), lambda: "a".__getitem__(),
    lambda: "a".__mod__(), lambda: "a".__mul__(), lambda: "a".__hash__(1),
    lambda: map(), lambda: map(len), lambda: map(len, [], x=1), lambda: filter(), lambda: filter(1),
    lambda: filter(1, 2, 3), lambda: bool(1, 2), lambda: float(1, 2), lambda: enumerate(),
    lambda: zip(a=1), lambda: reversed(), lambda: reversed(1, 2), lambda: list(1, 2), lambda: tuple(1, 2),
    lambda: dict(1, 2), lambda: set(1, 2), lambda: frozenset(1, 2), lambda: slice(), lambda: slice(1, 2, 3, 4),
    lambda: bool(x=1), lambda: float(x=1), lambda: list(x=1), lambda: tuple(x=1), lambda: set(x=1),
    lambda: len(x=1), lambda: abs(x=1), lambda: repr(obj=1), lambda: isinstance(1, int, x=1),
    lambda: str(b"a", "no-such-codec"), lambda: str(1, "utf-8"), lambda: str("a", "utf-8"), lambda: str(b"a", 1),
    lambda: str(b"a", errors=2), lambda: b"abc"[5], lambda: bytearray(b"abc")[5],
]
for i, check in enumerate(checks):
    try:
        print(i, "returned", repr(check()))
    except (TypeError, ValueError, LookupError, IndexError) as e:
        print(i, type(e).__name__, e)

print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"a\xff", "ascii", "replace"), str(bytearray(b"xy"), encoding="ascii"))

# super() without arguments needs a first argument, then the __class__ cell.
class A:
    def f(self):
        return (lambda: super())()
    def g(*args):
        return super()
for name in ["f", "g"]:
    try:
        getattr(A(), name)()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
def outside(self):
    return super()
try:
    outside(1)
except RuntimeError as e:
    print("outside RuntimeError:", e)

# Subclasses may take other arguments through their own __init__.
class Row(list):
    def __init__(self, items, label=""):
        super().__init__(items)
        self.label = label
r = Row([1, 2], label="r")
print(r, r.label)
class Flags(set):
    def __init__(self, *names):
        super().__init__(names)
print(sorted(Flags("a", "b")))
