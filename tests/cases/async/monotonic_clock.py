# time.monotonic() reads the system monotonic clock (as CPython's CLOCK_MONOTONIC), not time
# since the process started, and loop.time() is that same clock.
import asyncio
import time

# CLOCK_MONOTONIC counts from boot, so it is far past the moment this process began.
print(time.monotonic() > time.process_time() + 1.0)
ns = time.monotonic_ns()
print(isinstance(ns, int), abs(ns / 1e9 - time.monotonic()) < 1.0)
print(abs(time.perf_counter() - time.monotonic()) < 1.0)


async def main():
    loop = asyncio.get_running_loop()
    a = time.monotonic()
    b = loop.time()
    c = time.monotonic()
    print(a <= b <= c)
    h = loop.call_at(loop.time() + 0.001, print, "call_at ran")
    print(a <= h.when() - 0.001 <= time.monotonic())
    await asyncio.sleep(0.01)


asyncio.run(main())
