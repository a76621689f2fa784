# asyncio's debug mode: asyncio.run(main(), debug=True).
#
# In debug mode the loop remembers where each callback was scheduled (handle reprs end with
# "created at FILE:LINE"), and after running each callback it checks how long it took. A
# callback or task step that blocks the loop for at least loop.slow_callback_duration seconds
# (0.1 by default) is reported on stderr, for example:
#
#     Executing <Handle blocking_cleanup() at /path/to/async_debug_mode.py:18 created at
#     /path/to/async_debug_mode.py:36> took 0.150 seconds
#
# That is how you find the one coroutine that calls time.sleep() or does heavy work without
# awaiting. This example raises the threshold well above its blocking work, so its output is
# the same on every run, even on a busy machine; raise the sleeps above the threshold (or
# lower the threshold) to see the reports.
import asyncio
import time


def blocking_cleanup():
    # A plain function scheduled with call_soon runs on the loop: while it sleeps, nothing
    # else can run.
    time.sleep(0.01)
    print("cleanup ran")


async def worker(n):
    await asyncio.sleep(0)
    time.sleep(0.01)  # blocks the loop (use `await asyncio.sleep()` in real code)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    print("slow_callback_duration:", loop.slow_callback_duration)
    # The threshold can be changed per loop: here to 2 seconds, far above the 10 ms sleeps
    # below, so a heavily loaded machine does not make them look slow.
    loop.slow_callback_duration = 2.0
    print("slow_callback_duration:", loop.slow_callback_duration)

    handle = loop.call_soon(blocking_cleanup)
    print(handle)  # shows the callback, where it is defined and where it was scheduled

    timer = loop.call_later(60, print, "never")
    timer.cancel()
    # A cancelled handle keeps its description in debug mode (the deadline is left out here
    # because it changes from run to run).
    print(str(timer).replace(f"when={timer.when()} ", ""))

    results = await asyncio.gather(*(worker(i) for i in range(3)))
    print("results:", results)



asyncio.run(main(), debug=True)

# Without debug mode, handles are described without their origin.
async def plain():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    h = loop.call_soon(blocking_cleanup)
    print(h)
    h.cancel()
    print(h)


asyncio.run(plain())
