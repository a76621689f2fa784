# 100,000 tasks each doing `await asyncio.sleep(0)`, gathered.
import asyncio
import time


async def worker(i):
    await asyncio.sleep(0)
    return i


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(worker(i) for i in range(100_000)))
    print(len(results), sum(results), f"{time.perf_counter() - start:.2f}s")


asyncio.run(main())
