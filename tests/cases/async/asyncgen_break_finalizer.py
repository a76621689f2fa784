# An async generator left by `break` is closed by a task the loop runs later (CPython's
# asyncgen finalizer hook), not on the spot.
import asyncio
async def numbers(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers finally", tag)
async def main():
    async for n in numbers("a"):
        if n == 2:
            break
    print("after break a")
    await asyncio.sleep(0)
    print("slept once")
    await asyncio.sleep(0)
    print("slept twice")
    async for n in numbers("b"):
        break
    print("main returns")
asyncio.run(main())
print("done")
