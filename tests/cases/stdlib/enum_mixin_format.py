# An enum mixing in a data type (class E(str, Enum)) keeps Enum's str/format/repr unless
# its body defines its own; IntEnum/StrEnum use the value's.
import enum
class StrE(str, enum.Enum):
    X = "x"
class IntE(int, enum.Enum):
    A = 1
class FloatE(float, enum.Enum):
    PI = 3.14
class Own(str, enum.Enum):
    Y = "y"
    def __str__(self):
        return "own"
for m in (StrE.X, IntE.A, FloatE.PI, Own.Y, enum.IntEnum("I", "a b").a, enum.StrEnum("S", "q").q):
    print(str(m), repr(m), f"{m}", f"{m:>8}|", "%s" % m, format(m))
print(StrE.X == "x", IntE.A + 1, hash(StrE.X) == hash("x"), sorted([IntE.A]), StrE("x"), {StrE.X: 1}["x"])
