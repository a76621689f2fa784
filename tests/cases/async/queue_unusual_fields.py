# `await q.put(x)` / `await q.get()` on a plain Queue whose state a script replaced: a float
# `_maxsize`, a big or non-int `_unfinished_tasks`, a `_finished` that is not an Event, a
# `_queue` that is not a deque. Each behaves as CPython's Python methods would.
import asyncio
import collections


class Finished:
    def __init__(self):
        self.cleared = 0

    def clear(self):
        self.cleared += 1


class Count:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Count(self.n + other)

    def __repr__(self):
        return f"Count({self.n})"


async def main():
    q = asyncio.Queue()
    q._maxsize = 2.0
    await q.put("a")
    await q.put("b")
    print("full with float maxsize:", q.full(), q.qsize())
    t = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print("putter waiting:", not t.done())
    print(await q.get(), await q.get(), await q.get())
    await t

    q = asyncio.Queue()
    q._unfinished_tasks = Count(5)
    await q.put(1)
    print("unfinished:", q._unfinished_tasks)
    q._unfinished_tasks = 2**63 - 1
    await q.put(2)
    print("unfinished:", q._unfinished_tasks)
    print(await q.get(), await q.get())

    q = asyncio.Queue()
    q._finished = Finished()
    await q.put("x")
    await q.put("y")
    print("custom finished cleared:", q._finished.cleared)
    print(await q.get(), await q.get())

    q = asyncio.Queue()
    q._finished.set()
    await q.put(1)
    print("event cleared by put:", not q._finished.is_set())
    print(await q.get())
    q.task_done()
    await q.join()
    print("joined")

    q = asyncio.Queue()
    del q._unfinished_tasks
    try:
        await q.put(1)
    except AttributeError as e:
        print("AttributeError:", e)

    q = asyncio.Queue()
    q._queue = collections.deque([10, 20])
    print(await q.get(), q.qsize())
    q._getters = collections.deque()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print("get after swap:", await q.get() if q.qsize() else "empty", len(q._getters))
    await q.put(30)
    print("woken getter:", await getter)


asyncio.run(main())
