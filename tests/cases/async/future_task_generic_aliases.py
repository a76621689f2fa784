# asyncio.Future[...] and asyncio.Task[...] are generic aliases (typed code evaluates them in
# annotations at definition time), as the queue classes are.
import asyncio
import typing


def make() -> asyncio.Future[int]:
    return asyncio.get_running_loop().create_future()


async def work(q: "asyncio.Queue[int]") -> "asyncio.Task[str]":
    return asyncio.current_task()


print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[int], asyncio.PriorityQueue[tuple])
print(asyncio.LifoQueue[int], asyncio.Future[int].__origin__ is asyncio.Future)
print(typing.get_type_hints(make), typing.get_type_hints(work, globals()))
print(asyncio.Task[int].__args__, type(asyncio.Future[str]).__name__)


async def main():
    f = make()
    f.set_result(3)
    print(await f, isinstance(f, asyncio.Future))


asyncio.run(main())
