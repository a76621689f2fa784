"""ThreadPoolExecutor's workers hold their executor weakly, as CPython's: an executor nothing
references any more is freed and its idle threads exit (asyncio's replaced default executor
too); a failing initializer is logged on 'concurrent.futures' and breaks the pool
(BrokenThreadPool for the waiting and the later calls)."""
import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Show(logging.Handler):
    def emit(self, record):
        print("log:", record.name, record.levelname, record.getMessage(),
              record.exc_info[0].__name__)


logging.getLogger("concurrent.futures").addHandler(Show())


def use_and_drop():
    ex = ThreadPoolExecutor(2)
    print(ex.submit(sum, [1, 2]).result(), threading.active_count())


use_and_drop()
time.sleep(0.05)
print("after drop", threading.active_count())

ex = ThreadPoolExecutor(1, initializer=lambda: 1 / 0)
fut = ex.submit(sum, [1])
try:
    fut.result(timeout=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    ex.submit(sum, [1])
except Exception as e:
    print(type(e).__name__, e)
ex.shutdown()


async def main():
    loop = asyncio.get_running_loop()
    together = threading.Barrier(3)

    def meet():
        together.wait()
        return threading.current_thread().name
    names = await asyncio.gather(*(loop.run_in_executor(None, meet) for _ in range(3)))
    print(sorted(set(names)))
    loop.set_default_executor(ThreadPoolExecutor(1, thread_name_prefix="custom"))
    print(await loop.run_in_executor(None, lambda: threading.current_thread().name))
    await asyncio.sleep(0.05)
    print(sorted(t.name for t in threading.enumerate()))


asyncio.run(main())
print(threading.active_count())
