# __index__, __hash__, __len__ and __float__ results are checked as CPython's PyNumber_Index,
# slot_tp_hash and PyNumber_AsSsize_t do: int subclasses count (an __index__ one warns), other
# types are TypeErrors; %f takes an object with __index__.
import operator, math
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class IdxBool:
    def __index__(self): return True
class IdxBad:
    def __index__(self): return 1.0
class MyI(int): pass
class IdxSub:
    def __index__(self): return MyI(2)
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
class Cplx:
    def __complex__(self): return 5
class CplxF:
    def __float__(self): return 2.5
class Ln:
    def __len__(self): return True
class LnBig:
    def __len__(self): return 2**64
class LnSub:
    def __len__(self): return MyI(3)
tests = [lambda: range(Idx(3)), lambda: list(range(10))[Idx(1):Idx(5):Idx(2)], lambda: hex(Idx(255)), lambda: bin(IdxBool()), lambda: [0] * Idx(3), lambda: bytes(Idx(2)),
         lambda: operator.index(IdxBad()), lambda: operator.index(IdxSub()), lambda: type(operator.index(IdxSub())).__name__, lambda: "abc"[IdxBool()], lambda: [1,2,3][IdxBad()],
         lambda: hash(H(MyI(5))), lambda: hash(H(2**64)), lambda: hash(H(-1)), lambda: complex(Cplx()), lambda: complex(CplxF()), lambda: len(Ln()), lambda: len(LnBig()), lambda: len(LnSub()),
         lambda: math.floor(CplxF()), lambda: round(CplxF()), lambda: abs(True), lambda: int.__index__(True), lambda: chr(Idx(65)), lambda: math.factorial(Idx(5)), lambda: pow(2, Idx(3)),
         lambda: "%d" % Idx(3), lambda: "%x" % Idx(255), lambda: "%d" % CplxF(), lambda: "%f" % Idx(2), lambda: f"{Idx(3):d}" , lambda: format(Idx(3), "x"), lambda: round(2.5, Idx(0)),
         lambda: [1,2,3].pop(Idx(0)), lambda: "ab".center(Idx(6)), lambda: int(Idx(4)), lambda: float(Idx(4)), lambda: divmod(Idx(4), 2), lambda: Idx(4) + 1, lambda: bool(Idx(0)),
         lambda: (1).__eq__(Idx(1)), lambda: 1 == Idx(1), lambda: math.isqrt(Idx(17)), lambda: math.gcd(Idx(4), 6), lambda: "abc"[Idx(0):], lambda: tuple(range(5))[::Idx(-1)], lambda: bytearray(Idx(2)),
         lambda: int.from_bytes(b"\x01", "big") + Idx(1) if False else 0, lambda: (5).to_bytes(Idx(2), "big"), lambda: sorted([3,1,2])[IdxBool()], lambda: "x".zfill(Idx(3)), lambda: [1, 2].insert(Idx(0), 0)]
for i, t in enumerate(tests):
    try: print(i, repr(t()))
    except Exception as e: print(i, type(e).__name__, e)
