# A coroutine's `__await__()` wrapper is an iterator without `__await__` of its own (CPython's
# coroutine_wrapper); it still serves as what a class's `__await__` returns, and as a
# generator-based coroutine's `yield from` target.
import asyncio
import types


async def value(x):
    await asyncio.sleep(0)
    return x


class Awaitable:
    def __init__(self, x):
        self.x = x

    def __await__(self):
        return value(self.x).__await__()


@types.coroutine
def legacy(x):
    return (yield from value(x).__await__())


async def main():
    c = value(1)
    w = c.__await__()
    print(type(w).__name__, hasattr(w, "__await__"), hasattr(w, "__next__"), iter(w) is w)
    print(sorted(n for n in ("send", "throw", "close", "__await__") if hasattr(w, n)))
    print(await c)
    print(await Awaitable(2))
    print(await legacy(3))
    print(await asyncio.gather(Awaitable(4), legacy(5)))
    w2 = value(6).__await__()
    try:
        while True:
            w2.send(None)
    except StopIteration as e:
        print("stop", e.value)


asyncio.run(main())
