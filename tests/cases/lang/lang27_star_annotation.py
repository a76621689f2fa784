# PEP 646 (3.11): `*args: *Ts` annotations with a TypeVarTuple, and tuple[*Ts] subscripts.
from typing import TypeVarTuple, Unpack, get_type_hints

Ts = TypeVarTuple("Ts")


def call_all(*args: *Ts) -> tuple[*Ts]:
    return args


print(call_all.__annotations__)
print(get_type_hints(call_all))
print(call_all(1, "a"))


class Array:
    def __init__(self, *shape: *Ts):
        self.shape = shape


print(Array.__init__.__annotations__, Array(2, 3).shape)


class Spread:
    def __iter__(self):
        return iter(["only item"])


def uses_iterable(*args: *Spread()):
    pass


print(uses_iterable.__annotations__)


class TooMany:
    def __iter__(self):
        return iter([1, 2])


try:
    def broken(*args: *TooMany()):
        pass
except ValueError as e:
    print("ValueError:", e)
print(Unpack[Ts], tuple[*Ts])
