# typing at runtime: one Generic[...] base orders a class's type variables and must list all
# of them, Literal flattens nested Literals and drops repeated values, and a class generic
# in a ParamSpec takes its parameter list with or without the brackets.
from typing import Concatenate, Dict, Generic, Literal, ParamSpec, TypeVar

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")
P = ParamSpec("P")


class Table(Dict[K, V], Generic[V, K]):
    pass


print(Table.__parameters__, Table[int, str])

try:
    class Twice(Generic[K], Generic[V]):
        pass
except TypeError as e:
    print(e)
try:
    class Missing(Dict[K, V], Generic[K]):
        pass
except TypeError as e:
    print(e)

print(Literal[1, Literal[2, 1]], Literal[1, True, 1], Literal["a", "a", b"a"])
print(Literal[1, 2] == Literal[2, 1], Literal[[1], [1]])


class Handler(Generic[P]):
    pass


class Both(Generic[T, P]):
    pass


print(Handler[[int, str]], Handler[int, str], Handler[...], Handler[P], Handler[[]])
print(Both[int, [str, bytes]], Both[int, ...], Both[int, Concatenate[str, P]])
print(Handler[int, str].__args__, Both[int, [str]].__args__)
try:
    Both[int]
except TypeError as e:
    print(e)
