"""asyncio locks: state shown in reprs, misuse errors, Event, cancellation of waiters."""
import asyncio


def find(s, sub):
    # A loop instead of str.index keeps this test about locks only.
    for i in range(len(s)):
        if s[i:i + len(sub)] == sub:
            return i
    return -1


def state(obj):
    # The repr is "<asyncio.locks.Lock object at 0x... [unlocked]>": drop the
    # address, which differs between runs, and keep the state in brackets.
    r = repr(obj)
    return r[:find(r, " at ")] + " " + r[find(r, "["):]


async def main():
    lock = asyncio.Lock()
    print(state(lock))
    await lock.acquire()
    print(state(lock), lock.locked())

    async def waiter(name):
        async with lock:
            print(f"{name}: has the lock")

    waiters = [asyncio.create_task(waiter(f"w{i}")) for i in range(2)]
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    await asyncio.gather(*waiters)
    print(state(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

    ev = asyncio.Event()
    print(state(ev), ev.is_set())

    async def wait_event(name):
        print(f"{name}: waiting")
        print(f"{name}: woke, wait() returned", await ev.wait())

    tasks = [asyncio.create_task(wait_event(f"e{i}")) for i in range(2)]
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    print(state(ev))
    await asyncio.gather(*tasks)
    print("wait on a set event:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())

    sem = asyncio.Semaphore(2)
    print(state(sem))
    await sem.acquire()
    await sem.acquire()
    print(state(sem), sem.locked())
    sem.release()
    sem.release()
    bsem = asyncio.BoundedSemaphore(1)
    print(state(bsem))
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    print(state(cond))
    async with cond:
        print(state(cond))

    # A cancelled Lock waiter leaves the lock usable by the next waiter.
    await lock.acquire()
    t1 = asyncio.create_task(waiter("c1"))
    t2 = asyncio.create_task(waiter("c2"))
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    r = await asyncio.gather(t1, t2, return_exceptions=True)
    print("c1:", type(r[0]).__name__, "locked after:", lock.locked())

    # A Semaphore waiter cancelled after being woken passes its permit on.
    sem = asyncio.Semaphore(0)

    async def sem_waiter(name):
        async with sem:
            print(f"{name}: got a permit")

    s1 = asyncio.create_task(sem_waiter("s1"))
    s2 = asyncio.create_task(sem_waiter("s2"))
    await asyncio.sleep(0)
    sem.release()
    s1.cancel()
    r = await asyncio.gather(s1, s2, return_exceptions=True)
    print("s1:", type(r[0]).__name__, state(sem))

    # Locks in 3.11 do not take a loop argument.
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
