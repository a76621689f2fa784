# `async for` over native async generators: items that come at once, items that come after
# an await inside the generator, errors raised before and after awaits, break (the generator
# is finalized), exhaustion, re-entry, and cancellation of a task paused inside the generator.
import asyncio


async def plain(n):
    for i in range(n):
        yield i


async def sleepy(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10
        await asyncio.sleep(0)


async def failing(after, awaits):
    for i in range(after):
        if awaits:
            await asyncio.sleep(0)
        yield i
    if awaits:
        await asyncio.sleep(0)
    raise ValueError(f"failed after {after}")


async def with_finally(log):
    try:
        for i in range(100):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append("finally ran")


async def ticker(name, n, log):
    async for x in sleepy(n):
        log.append(f"{name}{x}")


async def stuck():
    try:
        yield 1
        await asyncio.sleep(10)
        yield 2
    finally:
        print("stuck generator closed")


async def main():
    print([x async for x in plain(5)])
    print([x async for x in sleepy(4)])
    print([x async for x in plain(10) if x % 3 == 0])
    for after, awaits in [(0, False), (2, False), (0, True), (3, True)]:
        got = []
        try:
            async for x in failing(after, awaits):
                got.append(x)
        except ValueError as e:
            print("caught", e, got)
    log = []
    gen = with_finally(log)
    async for x in gen:
        if x == 3:
            break
    print("after break", log)
    await gen.aclose()
    print("after aclose", log)
    # An exhausted generator keeps raising StopAsyncIteration.
    g = plain(1)
    print([x async for x in g], [x async for x in g])
    # Two consumers interleave at their awaits.
    log = []
    await asyncio.gather(ticker("a", 3, log), ticker("b", 3, log))
    print(log)
    # Driving the same generator from the inside is an error, as in CPython.
    async def reentrant():
        async for x in g2:
            yield x
    g2 = reentrant()
    try:
        async for x in g2:
            pass
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__)
    # A task cancelled while the generator awaits.
    async def consume():
        async for x in stuck():
            print("got", x)
    t = asyncio.create_task(consume())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")
    # anext() and __anext__ still work alongside async for.
    g3 = plain(3)
    print(await anext(g3), await g3.__anext__())
    async for x in g3:
        print("rest", x)
    print(await anext(g3, "default"))


asyncio.run(main())


# The traceback of an error raised inside the generator shows both frames.
import sys
import traceback


async def broken():
    yield 1
    await asyncio.sleep(0)
    {}["missing"]


async def show_traceback():
    try:
        async for x in broken():
            pass
    except KeyError:
        traceback.print_exc(file=sys.stdout)

    async def r3():
        await g4.athrow(ValueError("x"))
        yield 1
    g4 = r3()
    try:
        await g4.asend(None)
    except Exception as e:
        print(type(e).__name__, e)


asyncio.run(show_traceback())
