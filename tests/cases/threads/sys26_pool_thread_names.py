# Thread names next to multiprocessing and concurrent.futures pools: a ThreadPool's workers
# are "Thread-N (worker)", and the pools' helper threads take "Thread-N" numbers, so threads
# made afterwards are numbered as in CPython.
import threading
import time
import multiprocessing as mp
import concurrent.futures as cf
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool as DummyPool


def name_of_new_thread():
    return threading.Thread(target=len).name


def slow_name(_):
    time.sleep(0.05)
    return threading.current_thread().name


def square(x):
    return x * x


if __name__ == "__main__":
    print(name_of_new_thread())
    with ThreadPool(2) as tp:
        print(sorted(set(tp.map(slow_name, range(4)))))
    print(name_of_new_thread())
    with DummyPool(2) as dp:
        print(sorted(set(dp.map(slow_name, range(4)))))
    print(name_of_new_thread())
    # A ThreadPool takes no ThreadPoolExecutor number.
    with cf.ThreadPoolExecutor(max_workers=1) as ex:
        print(ex.submit(slow_name, 0).result())
    with mp.Pool(2) as pool:
        print(pool.map(square, range(4)))
    print(name_of_new_thread())
    ex = cf.ProcessPoolExecutor(1)
    print(name_of_new_thread())
    print(ex.submit(square, 3).result(), list(ex.map(square, [1, 2])))
    ex.shutdown()
    print(name_of_new_thread())
    timer = threading.Timer(0, print, args=("timer ran",))
    timer.start()
    timer.join()
    print(timer.name)
