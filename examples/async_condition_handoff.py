"""Handing work from one task to another with asyncio.Condition.

A Condition couples a lock with a wait queue. A consumer holds the lock,
checks shared state, and `wait()`s (releasing the lock while asleep) until a
producer changes the state and calls `notify()`. `wait_for(predicate)` is the
loop-until-true idiom built in.
"""
import asyncio

mailbox = []


async def consumer(cond, name):
    async with cond:
        # wait_for re-checks the predicate every time it is woken, so a
        # wake-up that finds the mailbox empty just goes back to sleep.
        await cond.wait_for(lambda: mailbox)
        item = mailbox.pop(0)
        print(f"{name}: took {item}")
    return item


async def producer(cond, items):
    for item in items:
        async with cond:
            mailbox.append(item)
            print(f"producer: posted {item}")
            cond.notify()  # wake exactly one waiter, the longest waiting
        await asyncio.sleep(0)


async def main():
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)  # let all consumers start waiting
    await producer(cond, ["apple", "pear", "plum"])
    print("taken in order:", await asyncio.gather(*consumers))

    # notify_all wakes every waiter; each re-acquires the lock in turn.
    ready = False

    async def waiter(name):
        async with cond:
            await cond.wait_for(lambda: ready)
            print(f"{name}: released by notify_all")

    waiters = [asyncio.create_task(waiter(f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        ready = True
        cond.notify_all()
    await asyncio.gather(*waiters)

    # Waiting or notifying without holding the lock is an error.
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify without lock:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait without lock:", e)

    # A Condition can share an existing Lock.
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("lock held through the condition:", lock.locked())


asyncio.run(main())
