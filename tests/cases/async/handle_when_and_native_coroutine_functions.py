# loop.call_at keeps `when` as given (an int shows as `when=1`), and corio's native asyncio
# functions answer inspect/asyncio.iscoroutinefunction as CPython's async def versions do.
import asyncio
import functools
import inspect


def cb():
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_at(1, cb)
    print(repr(h).split(" at ")[0], h.when(), type(h.when()).__name__)
    h2 = loop.call_at(1.5, cb)
    print(repr(h2).split(" at ")[0], h2.when())
    h.cancel()
    h2.cancel()
    print(h, h2)
    print(h == loop.call_at(1, cb), hash(h) == hash(1.0))

    q = asyncio.Queue()
    lock = asyncio.Lock()
    funcs = [asyncio.sleep, asyncio.Queue.get, asyncio.Queue.put, q.get, q.put_nowait,
             asyncio.Lock.acquire, lock.acquire, lock.release, asyncio.Event.wait,
             asyncio.Condition.wait, asyncio.Semaphore.acquire, asyncio.wait_for,
             asyncio.wait, asyncio.gather, asyncio.shield, asyncio.to_thread,
             asyncio.open_connection, asyncio.Queue.join, asyncio.StreamReader.read,
             asyncio.StreamReader.readline, asyncio.StreamWriter.drain,
             asyncio.StreamWriter.write, asyncio.create_subprocess_exec,
             functools.partial(asyncio.sleep, 1), loop.subprocess_exec,
             loop.connect_read_pipe, loop.run_in_executor, loop.create_connection]
    for f in funcs:
        name = getattr(f, '__name__', type(f).__name__)
        print(name, inspect.iscoroutinefunction(f), asyncio.iscoroutinefunction(f))


asyncio.run(main())
