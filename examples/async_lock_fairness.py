"""asyncio.Lock is fair: waiters acquire it in the order they asked.

When the holder releases, the longest-waiting task is woken first. A waiter
that is cancelled while queued gives up its place without swallowing the
wake-up meant for the task behind it.
"""
import asyncio

order = []


async def contender(lock, name, hold_turns):
    async with lock:
        order.append(name)
        print(f"{name}: acquired")
        for _ in range(hold_turns):
            await asyncio.sleep(0)  # hold the lock across loop turns
    print(f"{name}: released")


async def main():
    lock = asyncio.Lock()
    print("locked at start:", lock.locked())

    # Five tasks queue up in creation order while "t0" holds the lock.
    tasks = [asyncio.create_task(contender(lock, f"t{i}", 2)) for i in range(5)]
    await asyncio.gather(*tasks)
    print("acquisition order:", order)

    # Cancel a queued waiter: the next one in line still gets the lock.
    order.clear()
    await lock.acquire()
    waiters = [asyncio.create_task(contender(lock, f"w{i}", 0)) for i in range(3)]
    await asyncio.sleep(0)  # all three are now queued behind us
    waiters[0].cancel()
    lock.release()
    results = await asyncio.gather(*waiters, return_exceptions=True)
    print("w0 result:", type(results[0]).__name__)
    print("acquisition order:", order)

    # Releasing a lock nobody holds is an error.
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
