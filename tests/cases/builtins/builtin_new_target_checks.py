# T.__new__(S) called directly checks S as CPython's tp_new_wrapper does.
from enum import IntEnum
from collections import namedtuple, OrderedDict


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, repr(r))
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("int.__new__(str)", lambda: int.__new__(str))
attempt("int.__new__(5)", lambda: int.__new__(5))
attempt("int.__new__()", lambda: int.__new__())
attempt("int.__new__(bool)", lambda: int.__new__(bool))
attempt("float.__new__(int)", lambda: float.__new__(int))
attempt("str.__new__(list)", lambda: str.__new__(list))
attempt("tuple.__new__(dict)", lambda: tuple.__new__(dict))
attempt("list.__new__(int)", lambda: list.__new__(int))
attempt("dict.__new__(5)", lambda: dict.__new__(5))
attempt("set.__new__(str)", lambda: set.__new__(str))
attempt("frozenset.__new__(set)", lambda: frozenset.__new__(set))
attempt("bytes.__new__(str)", lambda: bytes.__new__(str))
attempt("bytearray.__new__(bytes)", lambda: bytearray.__new__(bytes))
attempt("complex.__new__(float)", lambda: complex.__new__(float))


# The legitimate uses keep working: subclasses, a Python __new__ calling the base's,
# mixins before the built-in base, enums and named tuples.
class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, round(value, 1))


class Mixin:
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class Tagged(Mixin, str):
    pass


class Level(IntEnum):
    LOW = 1
    HIGH = 2


Point = namedtuple("Point", "x y")
print(Celsius(21.345), type(Celsius(1)).__name__, Tagged("x"), Level(2), Point(1, 2))
print(int(int.__new__(Level, 7)), tuple.__new__(Point, (3, 4)), dict.__new__(OrderedDict), list.__new__(type("L", (list,), {})))
