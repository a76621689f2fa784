"""Tasks over objects that are coroutines by the Coroutine ABC (aclose()/asend() awaitables,
classes with __await__/send/throw/close) run through their send/throw methods; a throw into an
unstarted aclose() reaches the generator and leaves the awaitable unstarted, as in CPython 3.11."""
import asyncio
import collections.abc


class Countdown:
    def __init__(self):
        self.n = 0

    def __await__(self):
        return self

    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration(f"done after {self.n}")
        return None

    def throw(self, *a):
        print("throw", a)
        raise a[0] if len(a) == 1 else a[1]

    def close(self):
        pass


async def agen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield 99
    finally:
        print("finally entered")
        await asyncio.sleep(0)
        print("finally done")


async def main():
    c = Countdown()
    print(asyncio.iscoroutine(c), isinstance(c, collections.abc.Coroutine))
    print(await asyncio.create_task(c))
    t = asyncio.create_task(Countdown())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")

    g = agen()
    await anext(g)
    print(asyncio.iscoroutine(g.aclose()), asyncio.iscoroutine(g.asend(None)))
    t = asyncio.ensure_future(g.aclose())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("aclose task cancelled before it started")
    print(g.ag_frame is None)

    g = agen()
    await anext(g)
    a = g.asend("hello")
    try:
        print("throw ->", a.throw(ValueError("v")))
    except StopIteration as e:
        print("stop", e.value)
    await g.aclose()
    g2 = agen()
    await anext(g2)
    c = g2.aclose()
    try:
        c.throw(KeyError("k"))
    except KeyError as e:
        print("keyerror", e)
    try:
        c.send(None)
    except StopIteration:
        print("closed stop")
    print("main done")


asyncio.run(main())
print("after")
