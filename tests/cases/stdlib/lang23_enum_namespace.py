# The namespace CPython 3.11's EnumType builds for each enum class, as dir() of a member of a
# mixed-in enum shows it: _new_member_, _use_args_, _value_repr_; the Flag bookkeeping
# (_boundary_, _flag_mask_, _singles_mask_, _all_bits_, _inverted_) only on Flag classes;
# StrEnum's __new__ kept as __new_member__; Flag's _iter_member_by_value_/_by_def_.
import enum


class Number(enum.IntEnum):
    ONE = 1
    TWO = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class Color(enum.Flag):
    BLUE = 4
    RED = 1
    GREEN = 2


class Mode(enum.StrEnum):
    FAST = enum.auto()
    SLOW = "slow"


class Plain(enum.Enum):
    A = 1

    def describe(self):
        return self.name


class Custom(bytes, enum.Enum):
    def __new__(cls, value, label):
        member = bytes.__new__(cls, [value])
        member._value_ = value
        member.label = label
        return member

    ZERO = (0, "zero")
    ONE = (1, "one")


print(dir(Number.ONE))
print(dir(Perm.R))
print(sorted(set(dir(Mode.FAST)) - set(dir(str))))
print(dir(Plain.A), dir(Plain))
print(dir(Color))
print('__new__' in dir(Custom), Custom.ONE.label, Custom(1), Custom.ONE._value_)
for cls in (Number, Perm, Color, Mode, Plain, Custom):
    print(cls.__name__, cls._use_args_, cls._value_repr_, sorted(k for k in vars(cls) if k.startswith('_') and k.endswith('_') and not k.startswith('__')))
print(Color._flag_mask_, Color._singles_mask_, Color._all_bits_, Color._inverted_, Perm._boundary_)
print(list(Color), list(Color.RED | Color.BLUE), Color(7), Perm(7), list(Perm(5)))
print(Color._iter_member_ is Color._iter_member_by_def_, Perm._iter_member_ is Perm._iter_member_by_value_)
print(Mode.FAST, Mode('slow'), repr(Mode.SLOW), Mode._new_member_.__qualname__, Mode.__new_member__.__qualname__)
print(Number.ONE + 1, Perm.R | Perm.W, ~Perm.R, Perm.R | 8, 8 | Perm.X)
