import enum
from enum import Enum, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, FlagBoundary, STRICT, CONFORM, EJECT, KEEP
class Status(Enum):
    ACTIVE = 'active'; INACTIVE = 'inactive'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower(): return m
        return None
print(Status('ACTIVE'), Status._value2member_map_ if False else '')
try: Status(5)
except ValueError as e: print(e)
class C(Enum):
    _ignore_ = ['tmp']
    A = 1
    tmp = 5
    B = member(lambda: 2) if False else 2
    helper = nonmember(10)
print(list(C), C.helper)
try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class V(Enum):
        A = 1; C = 3
except ValueError as e: print(e)
class S(Flag, boundary=STRICT):
    A = 1; B = 2
try: S(7)
except ValueError as e: print(e)
class Cf(Flag, boundary=CONFORM):
    A = 1; B = 2
print(Cf(7), repr(Cf(7)))
class K(IntFlag, boundary=KEEP):
    A = 1; B = 2
print(repr(K(7)), K(7), list(K(7)), K(5) | 8)
class Ej(Flag, boundary=EJECT):
    A = 1
print(repr(Ej(3)))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(repr(Perm(7)), repr(Perm(0)), repr(Perm(9)), str(Perm(9)), Perm.R | 64, list(Perm), Perm(6).value, ~Perm.R, repr(~Perm.R), Perm.R ^ Perm.W, len(Perm(7)))
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto(); WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, repr(Color.WHITE), list(Color.WHITE), Color(0), Color.RED in Color.WHITE, [m.name for m in Color.__members__.values()], ~Color.RED)
print(Status.ACTIVE._name_, Status.ACTIVE._value_, Status._member_names_, type(Status.__members__).__name__)
class Base(Enum):
    def describe(self): return f'{self.name}={self.value}'
class Sub(Base):
    X = 1
print(Sub.X.describe(), Sub.X.__class__.__mro__[1].__name__)
try:
    class Bad(Sub): Y = 2
except TypeError as e: print(e)
class OrderedEnum(Enum):
    def __lt__(self, other):
        if self.__class__ is other.__class__: return self.value < other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5; B = 4
print(Grade.A < Grade.B, sorted(Grade), max(Grade))
print(Status.__members__['ACTIVE'], dir(Status)[:6], Status.ACTIVE.__class__.__name__)
class Weekday(enum.IntEnum):
    MON = 1; TUE = 2
print(Weekday.MON + Weekday.TUE, Weekday(1) == 1, {Weekday.MON: 'x'}[1], '%s %d %r' % (Weekday.MON, Weekday.MON, Weekday.MON), f'{Weekday.MON!r} {Weekday.MON:>5}')
from enum import NAMED_FLAGS
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1; B = 2; AC = 1 | 4; BD = 2 | 8
except ValueError as e: print(e)
try:
    @verify(NAMED_FLAGS)
    class NF1(Flag):
        A = 1; AC = 1 | 4
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class CF(Flag):
        A = 1; D = 8; E = 32
except ValueError as e: print(e)
@verify(UNIQUE, CONTINUOUS)
class Fine(Enum):
    A = 1; B = 2; C = 3
print(list(Fine))
class SI(IntFlag, boundary=STRICT):
    A = 1
try: SI(3)
except ValueError as e: print(e)
class KF(Flag, boundary=KEEP):
    A = 1; B = 2
print(repr(KF(5)), repr(KF(-1)), repr(~KF.A))
class CF2(Flag, boundary=CONFORM):
    A = 1; B = 2
print(repr(CF2(-1)), repr(CF2(4)), repr(~CF2.A))
class EJ2(IntFlag, boundary=EJECT):
    A = 1
print(repr(EJ2(3)), type(EJ2(3)).__name__, repr(EJ2(1)))
