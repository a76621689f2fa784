"""asyncio.Queue, LifoQueue and PriorityQueue: API, errors, reprs, wake-up order."""
import asyncio


async def main():
    q = asyncio.Queue()
    print(str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait(1)
    q.put_nowait(2)
    print(str(q))
    print("get_nowait:", q.get_nowait())
    print(str(q))  # str() is repr() without the address
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print(str(q))
    print("get_nowait:", q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))

    small = asyncio.Queue(maxsize=1)
    small.put_nowait("a")
    print("full:", small.full(), str(small))
    try:
        small.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))

    # Blocked putters are woken in FIFO order as space frees up.
    async def putter(name):
        await small.put(name)
        print(f"{name}: put done")

    putters = [asyncio.create_task(putter(f"p{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(str(small))
    for _ in range(4):
        print("got", await small.get())
        await asyncio.sleep(0)
    await asyncio.gather(*putters)

    # Blocked getters are woken in FIFO order too.
    q = asyncio.Queue()

    async def getter(name):
        print(f"{name}: got", await q.get())

    getters = [asyncio.create_task(getter(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    for item in "xyz":
        q.put_nowait(item)
    await asyncio.gather(*getters)

    # A cancelled getter does not swallow the item meant for the next one.
    getters = [asyncio.create_task(getter(f"h{i}")) for i in range(2)]
    await asyncio.sleep(0)
    getters[0].cancel()
    q.put_nowait("only")
    results = await asyncio.gather(*getters, return_exceptions=True)
    print("results:", [type(r).__name__ for r in results])

    lifo = asyncio.LifoQueue()
    for i in range(3):
        lifo.put_nowait(i)
    print(str(lifo), [lifo.get_nowait() for _ in range(3)])

    prio = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
        prio.put_nowait(item)
    print(type(prio).__name__, prio.qsize(), [prio.get_nowait() for _ in range(4)])

    # join() returns at once when no work is pending; otherwise waits for task_done.
    q = asyncio.Queue()
    await q.join()
    q.put_nowait("job")

    async def finish():
        item = await q.get()
        print("finishing", item)
        q.task_done()

    t = asyncio.create_task(finish())
    await q.join()
    print("joined; done:", t.done())
    await t

    print("QueueEmpty bases:", asyncio.QueueEmpty.__bases__)
    print("Queue(maxsize=-1).full():", asyncio.Queue(maxsize=-1).full())


asyncio.run(main())
