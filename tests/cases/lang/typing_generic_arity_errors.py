# Subscripting a user generic checks its arguments against its type variables.
from typing import Generic, TypeVar, Protocol, ParamSpec, Callable, Dict, Iterator
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V"); P = ParamSpec("P")
class Box(Generic[T]): pass
class Pair(Generic[K, V]): pass
class IntBox(Box[int]): pass
class Sub(Box[T]): pass
class Deco(Generic[P, T]): pass
class Proto(Protocol[T]):
    def get(self) -> T: ...
print(Box[int], Pair[str, int], Sub[str], Proto[int], Pair[K, int][str] if hasattr(Pair[K, int], "__getitem__") else "")
for expr in ["Box[int, str]", "Pair[int]", "Box[()]", "IntBox[int]", "Generic[int]", "Protocol[int]", "Generic[T, T]", "Sub[int, int]", "Proto[int, str]"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "!!", e)
