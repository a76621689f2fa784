# Sets of coroutines iterate in CPython's order: as_completed() makes its tasks in the order
# of set(fs), so equal delays finish (and start) in that order.
import asyncio


async def fetch(i):
    print('start', i)
    await asyncio.sleep(0.01)
    return i


async def work(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    for f in asyncio.as_completed([fetch(i) for i in range(6)]):
        print('got', await f)
    out = []
    for f in asyncio.as_completed([work(f'a{i}', 0.01) for i in range(6)]):
        out.append(await f)
    print(out)


asyncio.run(main())
