# `_asyncio_future_blocking` is writable on futures and tasks (any value, taken by its truth),
# as in CPython; a task waiting on a future has set it, and a task's step clears it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f._asyncio_future_blocking)
    f._asyncio_future_blocking = 1
    print(f._asyncio_future_blocking)
    f._asyncio_future_blocking = ""
    print(f._asyncio_future_blocking)

    async def waiter():
        return await f

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("while waited on:", f._asyncio_future_blocking)
    f.set_result("done")
    print(await t, f._asyncio_future_blocking, t._asyncio_future_blocking)
    t._asyncio_future_blocking = True
    print(t._asyncio_future_blocking)


asyncio.run(main())
