# Origin tracking covers asyncio's own coroutines too: `asyncio.sleep()`, `Queue.get()`,
# `Lock.acquire()` and `Event.wait()` made while the depth is set carry `cr_origin`, and the
# never-awaited warning for one shows where it was made.
import asyncio
import sys


def short(origin):
    return [(fn.rsplit("/", 1)[-1], line, name) for fn, line, name in origin]


def nap():
    return asyncio.sleep(5)


async def main():
    queue = asyncio.Queue()
    lock = asyncio.Lock()
    event = asyncio.Event()
    print(asyncio.sleep(1).cr_origin)
    sys.set_coroutine_origin_tracking_depth(1)
    for make in (nap, queue.get, lock.acquire, event.wait):
        coro = make()
        print(coro.__qualname__, short(coro.cr_origin))
        coro.close()
    sys.set_coroutine_origin_tracking_depth(2)
    coro = nap()
    print(coro.__qualname__, short(coro.cr_origin))
    coro.close()
    coro = nap()
    del coro
    sys.set_coroutine_origin_tracking_depth(0)
    coro = queue.get()
    print(coro.cr_origin)
    coro.close()
    queue.put(1)


asyncio.run(main())
