# Cancelling a task blocked in the natively run Queue.get/put, Lock.acquire/__aenter__,
# Event.wait or sleep(0): the traceback passes through CPython's Python-level frames.
import asyncio, traceback
async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = asyncio.Event()
    await lock.acquire()
    sem = asyncio.Semaphore(0)
    cond = asyncio.Condition()
    async def cw():
        async with cond:
            await cond.wait()
    async def lw():
        async with lock:
            pass
    for coro in (q.get(), lock.acquire(), ev.wait(), sem.acquire(), cw(), lw(), asyncio.Queue(1).join(), asyncio.sleep(0)):
        t = asyncio.create_task(coro)
        await asyncio.sleep(0)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError as e:
            print([f.name for f in traceback.extract_tb(e.__traceback__)])
    q1 = asyncio.Queue(1)
    q1.put_nowait(1)
    t = asyncio.create_task(q1.put(2))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print([f.name for f in traceback.extract_tb(e.__traceback__)])
asyncio.run(main())
