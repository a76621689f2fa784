"""PGO training: the asyncio core. Task creation and switching, gather, futures with
callbacks, timers, queues, locks, events, semaphores, async generators and timeouts."""
import asyncio


async def sleeper(i):
    await asyncio.sleep(0)
    return i


async def switcher(rounds):
    for _ in range(rounds):
        await asyncio.sleep(0)


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
        q.task_done()
    return total


async def locked_worker(lock, shared, n):
    for _ in range(n):
        async with lock:
            shared[0] += 1
            await asyncio.sleep(0)


async def waiter(event, sem, out):
    await event.wait()
    async with sem:
        out.append(1)


async def agen(n):
    for i in range(n):
        yield i


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(sleeper(i) for i in range(30_000)))
    await asyncio.gather(*(switcher(300) for _ in range(100)))
    futures = []
    for i in range(60_000):
        fut = loop.create_future()
        loop.call_soon(fut.set_result, i)
        futures.append(fut)
    fsum = 0
    for fut in futures:
        fsum += await fut
    for bound in (0, 64):
        q = asyncio.Queue(bound)
        prod = asyncio.create_task(producer(q, 100_000))
        qsum = await consumer(q)
        await prod
    lock = asyncio.Lock()
    shared = [0]
    await asyncio.gather(*(locked_worker(lock, shared, 60) for _ in range(300)))
    event = asyncio.Event()
    sem = asyncio.Semaphore(10)
    out = []
    waiters = [asyncio.create_task(waiter(event, sem, out)) for _ in range(20_000)]
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(*waiters)
    timers = await asyncio.gather(*(asyncio.sleep((i % 50) / 20_000, result=i) for i in range(20_000)))
    asum = 0
    async for x in agen(200_000):
        asum += x
    comp = [x async for x in agen(100_000) if x % 3 == 0]
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError:
        timed_out = True
    print(len(results), fsum, qsum, shared[0], len(out), sum(timers), asum, len(comp), timed_out)


asyncio.run(main())
