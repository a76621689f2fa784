import asyncio

async def ticker(n, delay=0):
    try:
        for i in range(n):
            if delay is not None:
                await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker finally", n)

async def bad():
    yield 1
    raise ValueError("boom in agen")

async def stopper():
    yield 1
    raise StopAsyncIteration

async def inner_await():
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "fut-value")
    v = await fut
    yield v
    x = yield "second"
    yield f"got {x}"

async def main():
    async for x in ticker(3):
        print("item", x)
    async for x in ticker(3, None):
        print("item2", x)
        if x == 1:
            break
    print([x async for x in ticker(4, None) if x % 2 == 0])
    try:
        async for x in bad():
            print("bad item", x)
    except ValueError as e:
        print("caught", e)
    try:
        async for x in stopper():
            print("stopper item", x)
    except RuntimeError as e:
        print("caught RuntimeError", e, type(e.__cause__).__name__)
    async for v in inner_await():
        print("inner", v)
    g = ticker(5, 0)
    async for x in g:
        print("g", x, g.ag_running)
        if x == 2:
            break
    await g.aclose()
    print("after aclose")
    g2 = ticker(3, 0)
    async def consume():
        async for x in g2:
            print("consume", x)
            await asyncio.sleep(0.25)
    t = asyncio.create_task(consume())
    await asyncio.sleep(0.05)  # far from consume's: a loaded machine cannot wake both at once
    try:
        await g2.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consume cancelled")
    async def slow_gen():
        try:
            yield 1
            await asyncio.sleep(10)
            yield 2
        finally:
            print("slow_gen finally")
    async def consumer2():
        async for x in slow_gen():
            print("c2", x)
    t2 = asyncio.create_task(consumer2())
    await asyncio.sleep(0.01)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("c2 cancelled")
    # tracebacks through an async generator
    async def deep():
        yield 1
        1 / 0
    async def user():
        async for x in deep():
            pass
    try:
        await user()
    except ZeroDivisionError:
        import traceback
        traceback.print_exc()

asyncio.run(main())
print("done")
