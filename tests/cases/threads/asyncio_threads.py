# asyncio and threads: to_thread, run_in_executor, run_coroutine_threadsafe and
# call_soon_threadsafe; blocking calls in threads do not stop the event loop.
import asyncio
import threading
import time
import concurrent.futures


def blocking(name, delay):
    time.sleep(delay)
    return f"{name} done in {threading.current_thread().name}"


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.06)


async def main():
    loop = asyncio.get_running_loop()
    start = time.monotonic()
    results = await asyncio.gather(
        asyncio.to_thread(blocking, "a", 0.2),
        asyncio.to_thread(blocking, "b", 0.2),
        ticker(3),
    )
    print(results[:2], "parallel:", time.monotonic() - start < 0.35)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="mine") as pool:
        print(await loop.run_in_executor(pool, blocking, "c", 0.01))

    def from_thread():
        fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, result="slept"), loop)
        print("thread got", fut.result(1))
        loop.call_soon_threadsafe(print, "called soon from a thread")

    await asyncio.to_thread(from_thread)
    await asyncio.sleep(0)
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())

loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever)
t.start()
fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.05, result=3), loop)
print("result from loop thread:", fut.result(2))
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
print("closed", loop.is_closed())
