# Subscripting generic aliases and `X | Y` unions that hold type variables substitutes
# them (generic type aliases such as `Pair = tuple[T, T]`).
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

Pair = tuple[T, T]
Table = dict[K, list[V]]
MaybeList = T | list[T]
print(Pair[int], Pair.__parameters__)
print(Table.__parameters__, Table[str, float])
print(list[T][int], list[list[T]][str], tuple[T, ...][bytes], type[T][int])
print(MaybeList.__parameters__, MaybeList[str], (int | list[T])[bytes])
print(dict[str, T][int] == dict[str, int], (int | list[T])[str] == int | list[str])
print((float | list[T])[int], (list[T] | dict[K, T])[int, str])
print((int | str).__parameters__, list[int].__parameters__)
for bad in (lambda: list[int][str], lambda: (int | str)[int], lambda: Pair[int, str],
            lambda: Table[int], lambda: list[T][int, str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
from typing import Dict, Generic, List, Optional, Union

Nested = List[Dict[str, T]]
print(Nested.__parameters__, Nested[int], Optional[List[T]][str])
print(Union[T, list[T]][bytes], Dict[K, Union[V, None]][str, int])


class Box(Generic[T]):
    pass


print(Box[list[T]].__parameters__, Box[list[T]][int], Box[T][int])
for bad in (lambda: List[int][str], lambda: Nested[int, str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
