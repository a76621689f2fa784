import asyncio


async def ticker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def nested(log):
    # sleep(0) awaited two coroutines deep.
    async def inner():
        await asyncio.sleep(0)
        log.append("inner resumed")
        return "inner-done"
    return await inner()


async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i


async def cancelled_at_sleep():
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled while at sleep(0)")
        raise


async def fails_after_sleep():
    await asyncio.sleep(0)
    raise ValueError("after sleep(0)")


async def main():
    log = []
    print(await asyncio.gather(ticker("a", 3, log), ticker("b", 2, log), nested(log)))
    print(log)
    print([x async for x in agen()])
    t = asyncio.create_task(cancelled_at_sleep())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(repr(t)[:40])
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    # Negative and zero delays, with and without a result.
    print(await asyncio.sleep(-1), await asyncio.sleep(0, "res"), await asyncio.sleep(0.0))
    s = asyncio.sleep(0)
    print(type(s).__name__, await s)
    try:
        await fails_after_sleep()
    except ValueError as e:
        print("caught", e)


# A coroutine awaiting sleep(0), driven by hand.
async def manual():
    await asyncio.sleep(0)
    return "manual result"

c = manual()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

asyncio.run(main())
