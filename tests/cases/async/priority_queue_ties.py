# PriorityQueue keeps its items with heapq's own sift order, so items whose priorities tie come
# out in the order CPython's heap gives them (workers sharing one queue then pick the same jobs).
import asyncio


class Job:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return self.name


async def worker(name, q, log):
    while True:
        job = await q.get()
        log.append((name, job.name))
        await asyncio.sleep(0)
        if job.name == "j3":
            job.name = "j3-again"
            await q.put(job)
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for i in range(6):
        q.put_nowait(Job(i % 3, f"j{i}"))
    print(q._queue)
    first = [q.get_nowait(), q.get_nowait()]
    q.put_nowait(Job(0, "late"))
    print(first, q._queue)
    rest = []
    while not q.empty():
        rest.append(q.get_nowait())
    print(rest)

    q = asyncio.PriorityQueue()
    for i in range(9):
        q.put_nowait(Job(i % 3, f"j{i}"))
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(log)

    lifo = asyncio.LifoQueue()
    for i in range(4):
        lifo.put_nowait(i)
    print([lifo.get_nowait() for _ in range(4)])


asyncio.run(main())
