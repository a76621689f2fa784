# PEP 585 generic aliases used in annotations (evaluated when the function is defined):
# the collections.abc ABCs, collections.abc.Callable's flattened arguments, and the other
# stdlib classes CPython makes subscriptable.
import collections
import collections.abc as abc
import concurrent.futures as cf
import contextlib
import dataclasses
import functools
import itertools
import re
import typing
import weakref
from collections.abc import AsyncIterator, Callable, Generator, Iterable, Iterator, Mapping


def count_up(n: int) -> Generator[int, None, None]:
    yield from range(n)


def evens(xs: Iterable[int]) -> Iterator[int]:
    return (x for x in xs if x % 2 == 0)


async def ticks(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i


def apply(f: Callable[[int, str], bool], table: Mapping[str, int]) -> list[bool]:
    return [f(v, k) for k, v in table.items()]


print(list(count_up(3)), list(evens(range(7))), apply(lambda v, k: v > 1, {"a": 1, "b": 2}))
print(count_up.__annotations__)
print(typing.get_type_hints(apply))
for name in sorted(abc.__all__):
    cls = getattr(abc, name)
    try:
        alias = cls[[int], str] if name == "Callable" else cls[int]
        print(name, alias, type(alias).__name__)
    except TypeError as e:
        print(name, "TypeError:", e)

cb = Callable[[int, str], bool]
print(cb.__args__, cb.__origin__, typing.get_args(cb), typing.get_origin(cb))
print(Callable[..., int], Callable[..., int].__args__, typing.get_args(Callable[..., int]), Callable[[], None])
try:
    Callable[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Callable[int, str]
except TypeError as e:
    print("TypeError:", e)

for alias in [re.Pattern[str], re.Match[bytes], collections.ChainMap[str, int], collections.UserDict[str, int],
              collections.UserList[int], contextlib.AbstractContextManager[int],
              contextlib.AbstractAsyncContextManager[int], weakref.ref[int], weakref.WeakSet[int],
              weakref.WeakKeyDictionary[str, int], weakref.WeakValueDictionary[str, int],
              functools.partial[int], cf.Future[int], itertools.chain[int], dataclasses.Field[int]]:
    print(alias, alias.__origin__.__name__, alias.__args__)


class Reader(contextlib.AbstractContextManager[int]):
    def __exit__(self, *exc):
        return None


class Numbers(abc.Sequence[int]):
    def __getitem__(self, i):
        return [1, 2, 3][i]

    def __len__(self):
        return 3


with Reader() as r:
    print(type(r).__name__, Reader.__orig_bases__)
print(list(Numbers()), Numbers.__mro__[1].__name__, 2 in Numbers())
