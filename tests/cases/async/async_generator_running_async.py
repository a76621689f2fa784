# An async generator belongs to the asend()/athrow()/aclose() (or async for step) that started
# it until that completes, also while it awaits: CPython's ag_running_async. Another operation
# started meanwhile fails with 'already running', and ag_running is True.
import asyncio

async def ticks():
    try:
        for i in range(5):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("ticks finally")

async def consume(g, out):
    async for x in g:
        out.append(x)

async def main():
    g = ticks()
    print(g.ag_running)
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    print("mid-await ag_running", g.ag_running)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print(e)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)
    try:
        await g.athrow(ValueError)
    except RuntimeError as e:
        print(e)
    print(await t, g.ag_running)
    print(await g.__anext__())
    out = []
    c = asyncio.create_task(consume(g, out))
    await asyncio.sleep(0.015)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("consumer cancelled", out, g.ag_running)
    try:
        print(await g.__anext__())
    except StopAsyncIteration:
        print("generator finished by the cancellation")
    g2 = ticks()
    try:
        await asyncio.wait_for(g2.__anext__(), 0.001)
    except TimeoutError:
        print("timeout", g2.ag_running)
    g3 = ticks()
    c1 = asyncio.create_task(consume(g3, []))
    c2 = asyncio.create_task(consume(g3, []))
    r = await asyncio.gather(c1, c2, return_exceptions=True)
    print(r)

asyncio.run(main())
