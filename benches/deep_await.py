# A task N awaits deep resumes in the same time per switch as one 1 await deep: corio runs a
# resumed chain as the whole frame stack (one vector swapped in and out), so resuming never
# touches the frames below the innermost one. CPython pays per level (each `send` goes
# through every coroutine of the chain). Best of five interleaved rounds per depth.
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
    best = {1: float("inf"), 200: float("inf")}
    for _ in range(5):
        for depth in best:
            best[depth] = min(best[depth], await measure(depth))
    for depth, ns in best.items():
        print(f"depth {depth:3}: {ns:7.0f} ns per switch")


asyncio.run(main())
