"""Task and Future reprs, names, types, current_task/all_tasks."""
import asyncio


def cut(r):
    # Reprs of running coroutines end with "running at <path>:<line>>" and
    # callbacks mention addresses; keep only the deterministic prefix.
    for marker in (" coro=", " cb=[", " at 0x"):
        for i in range(len(r)):
            if r[i:i + len(marker)] == marker:
                return r[:i] + " ...>"
    return r


async def work(x):
    await asyncio.sleep(0)
    return x * 2


async def fail():
    raise ValueError("bad")


async def main():
    me = asyncio.current_task()
    print(type(me))
    print(cut(repr(me)))
    print("name:", me.get_name())
    print("coro is a coroutine:", asyncio.iscoroutine(me.get_coro()))
    print("main coroutine name:", me.get_coro().__name__, me.get_coro().__qualname__)

    t = asyncio.create_task(work(2))
    print(cut(repr(t)), t.get_name())
    named = asyncio.create_task(work(3), name="worker")
    print(cut(repr(named)))
    named.set_name(7)
    print("set_name(7) ->", repr(named.get_name()))
    print("all_tasks:", len(asyncio.all_tasks()), me in asyncio.all_tasks())
    await asyncio.gather(t, named)
    print(repr(t))
    print("all_tasks after:", len(asyncio.all_tasks()))

    bad = asyncio.create_task(fail(), name="bad")
    await asyncio.gather(bad, return_exceptions=True)
    print(repr(bad))

    c = asyncio.create_task(work(1), name="c")
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print(repr(c))

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, "two"])
    print(repr(f))
    f = loop.create_future()
    f.set_exception(KeyError("k"))
    print(repr(f))
    f.exception()
    f = loop.create_future()
    f.cancel()
    print(repr(f))
    print(cut(repr(loop)))
    print(repr(loop))

    coro = work(0)
    print(type(coro), cut(repr(coro)))
    coro.close()
    print("Task is a Future subclass:", issubclass(asyncio.Task, asyncio.Future))
    print(asyncio.Task, asyncio.Future)


asyncio.run(main())
print("current_task outside:", end=" ")
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
