# concurrent.futures: a thread pool, futures, map, wait and as_completed.
import concurrent.futures
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED


def square(x):
    time.sleep(0.01 * (5 - x))
    return x * x


with ThreadPoolExecutor(max_workers=3) as pool:
    fut = pool.submit(square, 4)
    print(fut.result(), fut.done(), fut.cancelled())
    print(list(pool.map(square, range(5))))
    futs = [pool.submit(square, i) for i in range(5)]
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    print(sorted(f.result() for f in as_completed(futs)))

names = set()


def record():
    names.add(threading.current_thread().name)
    time.sleep(0.02)


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
    for _ in range(4):
        pool.submit(record)
print(sorted(names))


def fail():
    raise ValueError("bad input")


with ThreadPoolExecutor() as pool:
    f = pool.submit(fail)
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(f.exception()).__name__)

f = concurrent.futures.Future()
print(f.done(), f.running(), f.cancel(), f.cancelled())
try:
    f.result()
except concurrent.futures.CancelledError:
    print("CancelledError")
f = concurrent.futures.Future()
try:
    f.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError")
f.add_done_callback(lambda fut: print("callback got", fut.result()))
f.set_result(7)

pool = ThreadPoolExecutor(max_workers=1)
pool.shutdown()
try:
    pool.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
