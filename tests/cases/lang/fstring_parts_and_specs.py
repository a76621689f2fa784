class F:
    def __format__(self, spec):
        print("fmt", spec)
        return "F" + spec
def g(x):
    print("eval", x)
    return x
w = 6
print(f"a{g(1)}b{F():>{g(w)}}c{g('s')!r:>5}|{-17:08d}|{255:#x}|{3.14159:.3f}|{-5}|{10**30}|{True}|{None}|{'é':^5}|{1.5}|{F()}")
print(f"{'x'}{'y'}", f"{1}{2:}", f"é{'ü'}x".__len__(), len(f"ü{3}é"))
s = f"{'ab'}{'cd'}"
print(s, hash(s) == hash("abcd"), s == "abcd", {s: 1}["abcd"])
try:
    f"{1:q}x{2}"
except ValueError as e:
    print(e)
try:
    f"{'a':d}x"
except ValueError as e:
    print(e)
def gen():
    x = f"{(yield 1)}-{(yield 2)}"
    yield x
it = gen(); print(next(it), it.send('A'), it.send('B'))
import sys
print(f"{sys.maxsize + 1:,}", f"{-2**63:x}", f"{2**63:d}", f"{12345678:_}", f"{7:c}", f"{65:c}!")
print(f"{1e300*10:f}{float('nan'):5}", f"{0.1+0.2!s}{[1,2]}")
vals = [0, 1, -1, 7, -7, 255, -255, 10**6, -10**6, 2**62, -2**63, 2**63-1]
specs = ["", "d", "05d", "08d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "+d", " d", "-d", "+08x", " 6", "6", "06", "+#010b", "010", "3", "1", "64", "065d", "070x"]
for v in vals:
    print(" ".join(f"[{v:{s}}]" for s in specs))
fl = [0.0, -0.0, 1.5, -2.675, 1e-7, 123456.789, 1e16, 1e22, -1e300, float("inf"), float("nan"), 0.125]
fspecs = [".0f", ".1f", ".3f", ".10f", "f", ".64f", ".2f", "8.3f", "-.3f", "+.3f"]
for x in fl:
    print(" ".join(f"[{x:{s}}]" for s in fspecs))
print(f"{True:d}{False:x}|{True}|{3:}|{-0:+}")
