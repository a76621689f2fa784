# Infinite, huge and NaN delays: the loop's poll timeout is capped at a day (CPython's
# MAXIMUM_SELECT_TIMEOUT), time.sleep and lock timeouts raise CPython's errors, and a bad
# asyncio.sleep() delay fails when the coroutine runs, not when it is made.
import asyncio
import math
import threading
import time


def attempt(label, f):
    try:
        print(label, "ok", f())
    except Exception as e:
        print(label, type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    # Only an infinite timer is pending while the loop waits for the executor thread.
    h = loop.call_later(math.inf, print, "never")
    print(h.when())
    print(await loop.run_in_executor(None, time.sleep, 0.02))
    h.cancel()
    h = loop.call_at(1e300, print, "never")
    await asyncio.to_thread(time.sleep, 0.01)
    h.cancel()
    for delay in (math.inf, 1e300, 10**30, math.nan):
        try:
            await asyncio.wait_for(asyncio.sleep(delay), 0.01)
        except TimeoutError:
            print("sleep", delay, "timed out")
    # The delay is compared with 0 when the sleep runs, inside the awaiting task.
    coro = asyncio.sleep("1")
    print(type(coro).__name__)
    try:
        await asyncio.wait_for(coro, 1)
    except TypeError as e:
        print("wait_for:", e)
    task = asyncio.create_task(asyncio.sleep([]))
    await asyncio.sleep(0)
    print(task.done(), repr(task.exception()))
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("awaited at once:", e)


asyncio.run(main())

for v in (math.inf, -math.inf, math.nan, 1e300, 10**30, -(10**30), 9.3e9, True):
    attempt(f"time.sleep({v})", lambda: time.sleep(v) if v is not True else time.sleep(0))
    attempt(f"Lock.acquire(timeout={v})", lambda: threading.Lock().acquire(timeout=v))
    ev = threading.Event()
    ev.set()
    attempt(f"set Event.wait({v})", lambda: ev.wait(v))
attempt("time.sleep(True)", lambda: time.sleep(False))
