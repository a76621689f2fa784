"""Limiting concurrency with asyncio.Semaphore.

A Semaphore holds a number of permits. `async with sem:` takes one (waiting
if none is left) and gives it back on exit, so at most N bodies run at once.
Waiters are woken in FIFO order. BoundedSemaphore additionally refuses to be
released more times than it was acquired, which catches bugs.
"""
import asyncio

active = 0
peak = 0


async def fetch(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"fetch {i}: start (active={active})")
        await asyncio.sleep(0)  # the "request" in flight
        await asyncio.sleep(0)
        active -= 1
        print(f"fetch {i}: end")
    return i * i


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(fetch(sem, i) for i in range(5)))
    print("results:", results)
    print("peak concurrency:", peak)
    print("locked() when permits remain:", sem.locked())

    # Manual acquire/release; locked() is True when no permit is left.
    one = asyncio.Semaphore(1)
    await one.acquire()
    print("after acquire, locked():", one.locked())
    one.release()
    print("after release, locked():", one.locked())

    # A plain Semaphore lets you release too often (its value just grows)...
    loose = asyncio.Semaphore(1)
    loose.release()
    print("Semaphore over-release allowed, locked():", loose.locked())

    # ...a BoundedSemaphore raises instead.
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print("BoundedSemaphore:", e)

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("Semaphore(-1):", e)


asyncio.run(main())
