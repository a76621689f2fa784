# Argument errors of str search methods (bounds are checked before the substring),
# repeats past the size of a C ssize_t, and splitlines' int flag.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "hello world"
show("find(1, 'x')", lambda: s.find(1, "x"))
show("find(1, 2)", lambda: s.find(1, 2))
show("count(None, 1.5)", lambda: s.count(None, 1.5))
show("rindex(['x'], 'a', -1)", lambda: s.rindex(["x"], "a", -1))
show("index('o', 5)", lambda: s.index("o", 5))
show("rfind('o', None, -3)", lambda: s.rfind("o", None, -3))
show("startswith(1, 1.5)", lambda: s.startswith(1, 1.5))
show("b find([1], 'x')", lambda: b"abc".find([1], "x"))
show("s * 2**70", lambda: s * 2**70)
show("s.__mul__(2**70)", lambda: s.__mul__(2**70))
show("s * 2**62", lambda: s * 2**62)
show("b * 2**62", lambda: b"ab" * 2**62)
show("s * -3", lambda: s * -3)
show("s.__mul__(True)", lambda: s.__mul__(True))
show("splitlines(2**70)", lambda: "a\nb".splitlines(2**70))
show("splitlines(2**31)", lambda: "a\nb".splitlines(2**31))
show("splitlines(True)", lambda: "a\nb".splitlines(True))
show("splitlines(1.0)", lambda: "a\nb".splitlines(1.0))
import math
show("trunc(1j)", lambda: math.trunc(1j))
show("trunc('x')", lambda: math.trunc("x"))
show("floor('x')", lambda: math.floor("x"))
show("trunc(-2.5)", lambda: math.trunc(-2.5))
