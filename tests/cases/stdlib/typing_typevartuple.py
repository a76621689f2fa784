# PEP 646 at runtime: TypeVarTuple, `*Ts` / Unpack[Ts] in Generic, aliases and annotations,
# substitution that splices the variadic part, and the count errors.
import typing
from typing import Generic, Tuple, TypeVar, TypeVarTuple, Unpack

T = TypeVar("T")
Ts = TypeVarTuple("Ts")
print(Ts, repr(Ts), Ts.__name__, Ts.__module__, type(Ts).__name__)
print(Unpack[Ts], [*Ts], type(Unpack[Ts]).__name__)
print(Unpack[Ts].__args__, Unpack[Ts] == Unpack[Ts])
print(typing.get_args(Unpack[Ts]), typing.get_origin(Unpack[Ts]))


class Array(Generic[*Ts]):
    pass


class Pair(Generic[T, *Ts]):
    pass


class Trailing(Generic[*Ts, T]):
    pass


class Spelled(Generic[Unpack[Ts]]):
    pass


print(Array.__parameters__, Pair.__parameters__, Trailing.__parameters__)
print(Array[int, str], Array[int, str].__args__, Array[()])
print(Pair[int, str, float], Pair[int], Spelled[int, bytes])
print(Trailing[int], Trailing[int, str, float])

alias = Pair[int, *Ts]
print(alias, alias.__parameters__, alias.__args__)
print(alias[str, float], alias[()])
print(Tuple[*Ts], tuple[*Ts], Tuple[int, *Ts])
head = Tuple[T, *Ts]
print(head.__parameters__, head[int, str, bytes], head[int])
print(tuple[T, *Ts][int, str, bytes])
print(Unpack[Tuple[int, str]])


def variadic(*args: *Ts):
    pass


print(variadic.__annotations__)

errors = [
    lambda: Pair[()],
    lambda: Trailing[()],
    lambda: Generic[Ts],
    lambda: Generic[*Ts, *Ts],
    lambda: Ts[int],
    lambda: TypeVarTuple("X", 1),
]
for attempt in errors:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Sub(Ts):
        pass
except TypeError as e:
    print("TypeError:", e)
