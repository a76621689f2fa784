# Queue.put/get and Lock.acquire/async-with edge cases: cancelled waiters pass wake-ups on,
# subclasses keep their overrides, coroutines do nothing until awaited, reprs and errors.
import asyncio


class LoggingQueue(asyncio.Queue):
    def _put(self, item):
        print("  _put", item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("  _get", item)
        return item


class CountingLock(asyncio.Lock):
    acquisitions = 0

    async def acquire(self):
        CountingLock.acquisitions += 1
        return await super().acquire()


async def queue_cases():
    q = asyncio.Queue()
    c = q.put(1)
    print("before await:", q.qsize(), type(c).__name__)
    await c
    print("after await:", q.qsize(), q)
    try:
        await c
    except RuntimeError as e:
        print("reuse:", e)

    # A getter cancelled after put_nowait woke it passes the item's wake-up to the next getter.
    q = asyncio.Queue()
    got = []

    async def getter(name):
        got.append((name, await q.get()))

    t1 = asyncio.create_task(getter("g1"))
    t2 = asyncio.create_task(getter("g2"))
    await asyncio.sleep(0)
    q.put_nowait("x")
    t1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("got:", got, "t1 cancelled:", t1.cancelled(), "qsize:", q.qsize())
    q.put_nowait("y")
    await t2
    print("got:", got)

    # A bounded queue: a cancelled putter leaves room for the next one, in FIFO order.
    q = asyncio.Queue(maxsize=1)
    await q.put("a")
    order = []

    async def putter(name):
        await q.put(name)
        order.append(name)

    ps = [asyncio.create_task(putter(f"p{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("full:", q.full(), q)
    ps[0].cancel()
    print("get:", await q.get())
    await asyncio.sleep(0)
    print("order:", order, "queue:", q)
    print("get:", await q.get())
    await asyncio.sleep(0)
    print("order:", order)
    print("get:", await q.get())
    await asyncio.gather(*ps[1:])
    print("joined unfinished:", q._unfinished_tasks)
    for _ in range(3):
        q.task_done()
    await q.join()
    print("join done")

    # Subclasses run the Python methods, overrides included.
    lq = LoggingQueue()
    await lq.put("s1")
    print("subclass get:", await lq.get())
    lifo = asyncio.LifoQueue()
    for i in range(3):
        await lifo.put(i)
    print("lifo:", [await lifo.get() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for i in (5, 1, 3):
        await pq.put(i)
    print("priority:", [await pq.get() for _ in range(3)])

    # wait_for on an empty queue times out and leaves no getter behind.
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("timeout; getters left:", len(q._getters))
    q.put_nowait(7)
    print("then:", await q.get())

    # An awaited put wakes a waiting getter; the getter runs only once the putter yields.
    async def late_getter():
        print("  getter got", await q.get())

    lg = asyncio.create_task(late_getter())
    await asyncio.sleep(0)
    await q.put("z")
    print("put done; getter waiting:", len(q._getters))
    await lg

    # A task whose coroutine is q.get() itself.
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("direct")
    print("task result:", await t)


def r(lock):
    """The lock's repr without its address."""
    s = repr(lock)
    return s[:s.index(" at 0x")] + s[s.index(" ["):]


async def lock_cases():
    lock = asyncio.Lock()
    print(r(lock))
    async with lock as x:
        print("inside:", x, lock.locked(), r(lock))
    print("acquire returns:", await lock.acquire())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("release:", e)

    # Fair hand-off, with a cancelled waiter skipped.
    order = []

    async def worker(name):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)

    await lock.acquire()
    ts = [asyncio.create_task(worker(f"w{i}")) for i in range(4)]
    await asyncio.sleep(0)
    print("waiting:", r(lock))
    ts[1].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print("order:", order, "cancelled:", [t.cancelled() for t in ts])

    # Cancelling the task that was just handed the lock wakes the next waiter.
    await lock.acquire()
    got = []

    async def taker(name):
        await lock.acquire()
        got.append(name)

    a = asyncio.create_task(taker("a"))
    b = asyncio.create_task(taker("b"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("got:", got, "locked:", lock.locked(), "a cancelled:", a.cancelled())
    lock.release()
    await b

    # An exception inside `async with` releases the lock and propagates.
    try:
        async with lock:
            raise ValueError("boom")
    except ValueError as e:
        print("raised:", e, "locked after:", lock.locked())

    cl = CountingLock()
    async with cl:
        pass
    await cl.acquire()
    cl.release()
    print("subclass acquisitions:", CountingLock.acquisitions)

    # Condition and Semaphore share the context-manager mixin and keep working.
    cond = asyncio.Condition()
    async with cond:
        print("condition locked:", cond.locked())
    sem = asyncio.Semaphore(1)
    async with sem:
        print("semaphore locked:", sem.locked())


async def main():
    await queue_cases()
    await lock_cases()


asyncio.run(main())
