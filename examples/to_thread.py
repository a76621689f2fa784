"""asyncio.to_thread(): run a blocking call without stopping the event loop.

time.sleep() (like a blocking file read or a slow library call) would freeze every task if
called directly in a coroutine. asyncio.to_thread() runs it in a worker thread and returns
an awaitable; meanwhile the loop keeps running other tasks, here a ticker.
"""
import asyncio
import threading
import time


def blocking_work(seconds):
    """A function that knows nothing about asyncio and blocks its thread."""
    time.sleep(seconds)
    return f'slept {seconds} s in {threading.current_thread().name}'


async def ticker(ticks):
    while True:
        await asyncio.sleep(0.05)
        ticks.append(time.monotonic())


async def main():
    ticks = []
    tick_task = asyncio.create_task(ticker(ticks))

    start = time.monotonic()
    result = await asyncio.to_thread(blocking_work, 0.5)
    print(result)
    print('ticks while the thread slept:', 'several' if len(ticks) >= 3 else len(ticks))

    # Several blocking calls in threads overlap: three 0.3 s sleeps take about 0.3 s.
    start = time.monotonic()
    results = await asyncio.gather(*(asyncio.to_thread(blocking_work, 0.3) for _ in range(3)))
    elapsed = time.monotonic() - start
    print(len(results), 'calls, overlapped:', elapsed < 0.85)   # one after another: 0.9 s

    # Calling it directly blocks the loop: no tick can happen meanwhile.
    before = len(ticks)
    blocking_work(0.2)
    print('ticks during a direct call:', len(ticks) - before)

    tick_task.cancel()
    print('main thread is still', threading.current_thread().name)


asyncio.run(main())
