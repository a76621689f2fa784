# A task N awaits deep resumes in the same time per switch as one 1 await deep:
# corio resumes the innermost frame directly (the whole suspended chain is pushed at once).
import asyncio
import time

SWITCHES = 20000


async def leaf():
    for _ in range(SWITCHES):
        await asyncio.sleep(0)


async def chain(depth):
    if depth == 0:
        await leaf()
    else:
        await chain(depth - 1)


async def measure(depth):
    start = time.perf_counter()
    await chain(depth)
    return (time.perf_counter() - start) / SWITCHES * 1e9


async def main():
    for depth in (1, 200):
        ns = await measure(depth)
        print(f"depth {depth:3}: {ns:7.0f} ns per switch")


asyncio.run(main())
