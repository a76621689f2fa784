from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
    @property
    def pretty(self): return self.name.title()
    @classmethod
    def default(cls): return cls.RED
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(1), Color['GREEN'])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED.describe(), Color.BLUE.pretty, Color.default())
print(Color.__members__.keys(), list(Color.__members__.items())[-1])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
print(isinstance(Color.RED, Color), type(Color.RED), Color, repr(Color))
print(Color.RED in Color, {Color.RED: 'r'}[Color.RED], f"{Color.RED}", format(Color.RED), str(Color.GREEN))
try: Color(7)
except ValueError as e: print(e)
try: Color['NOPE']
except KeyError as e: print(repr(e))
try: Color.RED = 5
except AttributeError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, f"{Num.ONE}", Num.ONE == 1, Num(2), sorted([Num.TWO, Num.ONE]), str(Num.ONE), format(Num.ONE, '>3'), int(Num.TWO))
class S(StrEnum):
    A = 'a'
    B = auto()
print(S.A, repr(S.B), S.A + 'x', S.A == 'a', f"{S.B}", S.A.upper())
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R & Perm.W, repr(Perm(0)), Perm.R in (Perm.R | Perm.X), bool(Perm(0)), list(Perm), repr(~Perm.R), Perm(7))
class P2(IntFlag):
    A = 1
    B = 2
print(P2.A | P2.B, repr(P2.A | P2.B), P2.A | 4, repr(P2(8)), P2.A + 1, str(P2.A), repr(P2(0)))
class Auto(Enum):
    X = auto()
    Y = auto()
print(list(Auto), Auto.Y.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
print(Color.RED.__class__.__name__, Color.__name__, Color.RED is Color(1))
class Ord(Enum):
    A = 1
try: Ord.A < Ord.A
except TypeError as e: print(e)
match Color.GREEN:
    case Color.RED: print('red')
    case Color.GREEN: print('green')
class Shape(Enum):
    SQUARE = 'sq'
    _ignore_ = []
    def __str__(self): return 'shape:' + self.value
print(Shape.SQUARE, Shape('sq'))
try:
    class Bad(Color): pass
except TypeError as e: print(e)
print(Color.RED._value_, Color.RED._name_, Perm.R.value, Perm['W'])
