# cr_await / ag_await while suspended: at `await asyncio.sleep(0)` CPython shows the sleep
# coroutine (itself at its __sleep0() yield), at `await fut` or `await task` the FutureIter
# it delegates to, at `await coro` that coroutine; None before the start and after the end.
import asyncio


async def at_sleep0():
    await asyncio.sleep(0)
    return "s"


async def at_future(fut):
    return await fut


async def at_coro(inner):
    return await inner


async def agen():
    await asyncio.sleep(0)
    yield 1


async def main():
    loop = asyncio.get_running_loop()
    co = at_sleep0()
    print(co.cr_await)
    t = asyncio.create_task(co)
    await asyncio.sleep(0)
    aw = co.cr_await
    print(type(aw).__name__, aw.__qualname__, type(aw.cr_await).__name__, aw.cr_await.__name__)
    print(await t, co.cr_await)
    fut = loop.create_future()
    co2 = at_future(fut)
    t2 = asyncio.create_task(co2)
    await asyncio.sleep(0)
    print(type(co2.cr_await).__name__, co2.cr_await is fut)
    fut.set_result(5)
    print(await t2)
    sleeper = asyncio.create_task(asyncio.sleep(0.01, "slept"))
    co3 = at_future(sleeper)
    t3 = asyncio.create_task(co3)
    await asyncio.sleep(0)
    print(type(co3.cr_await).__name__)
    print(await t3)
    inner = at_sleep0()
    co4 = at_coro(inner)
    t4 = asyncio.create_task(co4)
    await asyncio.sleep(0)
    print(co4.cr_await is inner)
    print(await t4)
    g = agen()
    step = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    print(type(g.ag_await).__name__, g.ag_await.__name__)
    print(await step, g.ag_await)
    await g.aclose()


asyncio.run(main())
