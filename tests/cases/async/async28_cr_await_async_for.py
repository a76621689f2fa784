# What a coroutine suspended in an `async for` step awaits: CPython's `cr_await` is the
# `async_generator_asend` that the loop's `__anext__()` made, as for an explicit
# `await agen.__anext__()` / `await anext(agen)` / `await agen.asend(None)`.
import asyncio


async def ticks():
    yield 1
    await asyncio.sleep(0.01)
    yield 2


async def with_async_for():
    async for _ in ticks():
        pass


async def with_dunder():
    g = ticks()
    await g.__anext__()
    await g.__anext__()


async def with_anext():
    g = ticks()
    await anext(g)
    await g.asend(None)


async def main():
    for fn in (with_async_for, with_dunder, with_anext):
        task = asyncio.create_task(fn())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        awaited = task.get_coro().cr_await
        print(fn.__name__, type(awaited).__name__, task.done())
        await task
        print(task.get_coro().cr_await)


asyncio.run(main())
