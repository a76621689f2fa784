# `coro.__await__()` returns a coroutine_wrapper: an iterator (send/throw/close), not an
# awaitable; an `__await__` method may return one, and `yield from` drives one.
import asyncio, types
async def f():
    return 1
async def main1():
    c = f()
    w = c.__await__()
    print(type(w).__name__)
    try:
        r = await w
        print("awaited", r)
    except TypeError as e:
        print("TypeError", e)
    c.close()
    c2 = f()
    w2 = c2.__await__()
    print(next(w2, "done") if False else "")
    try:
        w2.send(None)
    except StopIteration as e:
        print("stop", e.value)
    print(hasattr(w2, "__await__"), hasattr(w2, "__next__"), hasattr(w2, "send"), hasattr(w2, "throw"), hasattr(w2, "close"))
    print(iter(w2) is w2)
asyncio.run(main1())
import asyncio, types
async def fx(x):
    await asyncio.sleep(0)
    return x * 2
class Awaitable:
    def __init__(self, x): self.x = x
    def __await__(self):
        return fx(self.x).__await__()
class YF:
    def __await__(self):
        r = yield from fx(5).__await__()
        return r + 1
@types.coroutine
def legacy():
    r = yield from fx(7).__await__()
    return r
async def agen():
    yield 1
async def main():
    print(await Awaitable(3))
    print(await YF())
    print(await legacy())
    print(await asyncio.ensure_future(Awaitable(4)))
    print(await asyncio.gather(Awaitable(1), YF()))
    g = agen()
    print(await g.asend(None))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("stop")
    print(await anext(agen(), 9))
    w = fx(1).__await__()
    print(hasattr(w, "__await__"), type(w))
    try:
        await asyncio.wait_for(w, 1)
    except TypeError as e:
        print(e)
    w.close()
asyncio.run(main())
