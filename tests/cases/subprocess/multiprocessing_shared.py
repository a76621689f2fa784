# multiprocessing objects shared with child processes: Queue, JoinableQueue, Pipe, Lock,
# Value, Array, Event, Manager containers; Process subclasses; process names; pickled
# script objects (dataclasses, namedtuples, enums, dict subclasses); ThreadPool and
# multiprocessing.dummy; map_async callbacks. Children print nothing: only the parent writes.
import enum
import multiprocessing as mp
import queue
import sys
import time
from collections import Counter, defaultdict, namedtuple
from dataclasses import dataclass
from multiprocessing import (Array, Event, JoinableQueue, Lock, Manager, Pipe, Pool, Process,
                             Queue, Value, current_process)
from multiprocessing.dummy import Pool as DummyPool
from multiprocessing.pool import ThreadPool

Point = namedtuple("Point", "x y")


@dataclass
class Job:
    name: str
    size: int

    def cost(self):
        return self.size * 2


class Color(enum.Enum):
    RED = 1
    BLUE = 2


def producer(q, n):
    for i in range(n):
        q.put(f"item-{i}")
    q.put(None)


def consumer(q, out):
    while True:
        item = q.get()
        if item is None:
            break
        out.put(item.upper())


def pipe_child(conn):
    msg = conn.recv()
    conn.send(f"got {msg}")
    conn.send([1, 2, {"k": (3, 4)}])
    conn.close()


def fill(d, l, key):
    d[key] = key * 2
    l.append(key)


def bump(counter, arr, lock):
    for _ in range(50):
        with lock:
            counter.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = arr[i] * 2


def waiter(ev, q):
    ev.wait()
    q.put("event seen")


def jq_worker(jq):
    while True:
        x = jq.get()
        jq.task_done()
        if x is None:
            break


class Worker(Process):
    def __init__(self, q, tag):
        super().__init__()
        self.q = q
        self.tag = tag

    def run(self):
        self.q.put((self.name, self.tag, current_process().name))


def who(_):
    return current_process().name


def sq(x):
    return x * x


def run_job(j):
    return j.name, j.cost(), type(j).__name__


def flip(p):
    return Point(p.y, p.x)


def top(c):
    return c.most_common(1), type(c).__name__


def shade(c):
    return c, c.value


def grow(d):
    d["new"].append(1)
    return d


def fails(x):
    if x == 2:
        raise KeyError(x)
    return x


def put_square(q, i):
    q.put(i * i)


def exit_with(code):
    sys.exit(code)


if __name__ == "__main__":
    print(current_process().name, mp.parent_process())
    print(Process(target=sq).name)

    q, out = Queue(), Queue()
    p1 = Process(target=producer, args=(q, 3))
    p2 = Process(target=consumer, args=(q, out))
    p1.start(); p2.start(); p1.join(); p2.join()
    print([out.get() for _ in range(3)], out.empty(), p1.exitcode, p2.exitcode)

    a, b = Pipe()
    p = Process(target=pipe_child, args=(b,))
    p.start()
    a.send("hello")
    print(a.recv())
    print(a.recv())
    p.join()

    with Manager() as m:
        d, l = m.dict(), m.list()
        ps = [Process(target=fill, args=(d, l, k)) for k in (1, 2, 3)]
        for x in ps:
            x.start()
        for x in ps:
            x.join()
        print(sorted(d.items()), sorted(l), len(d), dict(sorted(d.items())), 2 in d)
        print(d.get(5, "none"), sorted(d.keys()), [x.name for x in ps])
        ns = m.Namespace(x=1)
        ns.y = 2
        print(ns.x, ns.y)

    counter, arr, lock = Value("i", 0), Array("i", [1, 2, 3]), Lock()
    ps = [Process(target=bump, args=(counter, arr, lock)) for _ in range(2)]
    for x in ps:
        x.start()
    for x in ps:
        x.join()
    print(counter.value, arr[:], list(arr), len(arr), Value("d", 1.5).value)

    ev, q2 = Event(), Queue()
    p = Process(target=waiter, args=(ev, q2))
    p.start()
    time.sleep(0.05)
    ev.set()
    print(q2.get(timeout=5))
    p.join()

    jq = JoinableQueue()
    p = Process(target=jq_worker, args=(jq,))
    p.start()
    for i in range(3):
        jq.put(i)
    jq.put(None)
    jq.join()
    print("all tasks done")
    p.join()

    wq = Queue()
    w = Worker(wq, "t")
    w.start(); w.join()
    print(wq.get(), w.exitcode)
    try:
        Queue().get(timeout=0.01)
    except queue.Empty:
        print("queue.Empty")

    p = Process(target=exit_with, args=(3,))
    p.start(); p.join()
    print("exit code", p.exitcode)
    p = Process(target=time.sleep, args=(5,), name="sleeper")
    p.start()
    print(p.name, p.is_alive())
    p.terminate(); p.join()
    print(p.exitcode, p.is_alive())

    got = []
    with Pool(2) as pool:
        # Which worker runs which call varies; the names do not (numbered when the Pool is made).
        print(set(pool.map(who, range(4))) <= {"ForkPoolWorker-16", "ForkPoolWorker-17"})
        r = pool.map_async(sq, [1, 2, 3], callback=got.append)
        print(r.get())
        print(pool.map(run_job, [Job("a", 2), Job("b", 5)]))
        print(pool.map(flip, [Point(1, 2)]))
        print(pool.apply(top, (Counter("hello"),)))
        print(pool.apply(shade, (Color.BLUE,)))
        print(pool.apply(grow, (defaultdict(list, {"a": [1]}),)))
        print(pool.apply(Job("e", 6).cost))
        try:
            pool.map(fails, range(4))
        except KeyError as e:
            print("KeyError", e)
        # A pool's tasks are pickled: queues and locks may only go to processes being started,
        # a Manager's may go anywhere.
        for obj in (Queue(), Lock(), Value("i", 1), Event()):
            try:
                pool.apply(sq, (obj,))
            except RuntimeError as e:
                print("RuntimeError:", e)
        with Manager() as m:
            mq = m.Queue()
            pool.starmap(put_square, [(mq, i) for i in range(4)])
            print(sorted(mq.get() for _ in range(4)))
    time.sleep(0.05)
    print(got)
    print(Process(target=sq).name)

    with ThreadPool(3) as tp:
        print(tp.map(sq, range(5)), tp)
    with DummyPool(2) as dp:
        print(dp.map(sq, [7, 8]))
