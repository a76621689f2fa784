"""A producer/consumer pipeline with asyncio.Queue.

Producers `put` work items; workers `get` them and call `task_done()` once
each item is handled. `queue.join()` waits until every item put so far has
been marked done. The workers loop forever, so once the work is finished
they are cancelled, which is the usual way to stop queue workers.
"""
import asyncio


async def producer(queue, name, items):
    for item in items:
        # With a bounded queue, put() waits while the queue is full.
        await queue.put(f"{name}-{item}")
        print(f"{name}: put {name}-{item} (size {queue.qsize()})")
    print(f"{name}: done producing")


async def worker(queue, name, handled):
    try:
        while True:
            item = await queue.get()
            # Pretend to process the item. sleep(0) keeps the interleaving
            # deterministic; real work would take variable time.
            await asyncio.sleep(0)
            handled.append((name, item))
            print(f"{name}: handled {item}")
            queue.task_done()
    except asyncio.CancelledError:
        print(f"{name}: stopping")
        raise


async def main():
    queue = asyncio.Queue(maxsize=2)
    handled = []
    workers = [asyncio.create_task(worker(queue, f"w{i}", handled)) for i in range(2)]

    await asyncio.gather(producer(queue, "p", range(3)), producer(queue, "q", range(2)))
    print("main: all items queued, waiting for join()")
    await queue.join()
    print("main: join() returned, queue empty =", queue.empty())

    for w in workers:
        w.cancel()
    # return_exceptions=True collects the CancelledErrors instead of raising.
    results = await asyncio.gather(*workers, return_exceptions=True)
    print("main: workers ended with", [type(r).__name__ for r in results])
    print("main: handled", len(handled), "items:", sorted(item for _, item in handled))


asyncio.run(main())
