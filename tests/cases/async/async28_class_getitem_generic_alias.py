# asyncio.Queue, queue.Queue and concurrent.futures.Future subscript through
# classmethod(types.GenericAlias), as in CPython: the bound attribute is named GenericAlias.
import asyncio
import concurrent.futures
import queue
import types

for cls in [asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue, queue.Queue,
            queue.LifoQueue, concurrent.futures.Future]:
    print(cls.__class_getitem__)
    alias = cls[int]
    print(alias, type(alias) is types.GenericAlias, alias.__origin__ is cls, alias.__args__)
    print(type(cls.__dict__.get("__class_getitem__")).__name__)


def annotated(q: asyncio.Queue[str], f: concurrent.futures.Future[int]) -> None:
    pass


print(annotated.__annotations__)
