"""How the native coroutines (asyncio.sleep(), Queue.get(), ...) take part in the await and
yield-from protocols as CPython's coroutines do: `__await__()` gives a coroutine_wrapper that
custom awaitables may delegate to, `yield from` accepts them only in a coroutine or a
@types.coroutine generator, `iter()` refuses them; a generator handed to the loop as a task;
and the order asyncio.run() cancels the tasks left over when main() returns."""
import asyncio
import collections.abc as cabc
import types


class Delegating:
    def __await__(self):
        r = yield from asyncio.sleep(0.01, "slept").__await__()
        return r


class Returning:
    def __await__(self):
        return asyncio.sleep(0, "direct").__await__()


@types.coroutine
def legacy():
    r = yield from asyncio.sleep(0, "legacy")
    return r


async def main():
    print(await Delegating(), await Returning(), await legacy())
    w = asyncio.sleep(0).__await__()
    print(type(w).__name__, iter(w) is w)
    try:
        await w
    except TypeError as e:
        print("TypeError:", e)
    w.close()
    q = asyncio.Queue()
    q.put_nowait(3)

    class FromQueue:
        def __await__(self):
            return q.get().__await__()
    print(await FromQueue())
    s = asyncio.sleep(0)
    try:
        iter(s)
    except TypeError as e:
        print("TypeError:", e)
    try:
        next(s)
    except TypeError as e:
        print("TypeError:", e)
    print([isinstance(s, abc) for abc in (cabc.Coroutine, cabc.Awaitable, cabc.Iterator,
                                         cabc.Generator)])
    await s


asyncio.run(main())


def plain():
    yield from asyncio.sleep(0)
    return 5


def bare():
    yield
    return 7


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(plain())
except TypeError as e:
    print("TypeError:", e)
print(loop.run_until_complete(bare()))
loop.close()
