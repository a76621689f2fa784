# Threads take turns under the GIL: blocking sleeps overlap, locks serialise updates,
# Events and Conditions hand work over, and join() waits for completion.
import threading
import time

results = []
results_lock = threading.Lock()


def worker(n):
    time.sleep(0.1 * (3 - n))
    with results_lock:
        results.append(n)


start = time.monotonic()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
print([t.name for t in threads])
print(threads[0].is_alive(), threads[0].ident is None)
for t in threads:
    t.start()
for t in threads:
    t.join()
print("finished in order", results, "overlapped:", time.monotonic() - start < 0.5)
print(threads[0].is_alive(), threading.active_count(), threading.current_thread().name)
print(threading.main_thread() is threading.current_thread())

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

rlock = threading.RLock()
with rlock:
    with rlock:
        print("reentered")
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

counter = 0


def increment():
    global counter
    for _ in range(2000):
        with lock:
            counter += 1


ts = [threading.Thread(target=increment) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)

cond = threading.Condition()
items = []


def consumer():
    with cond:
        cond.wait_for(lambda: len(items) == 3)
        print("consumer saw", items)


c = threading.Thread(target=consumer, name="consumer")
c.start()
for i in range(3):
    time.sleep(0.01)
    with cond:
        items.append(i)
        cond.notify()
c.join()

event = threading.Event()
print(event.is_set(), event.wait(0.01))
threading.Timer(0.02, event.set).start()
print(event.wait(), event.is_set())

sem = threading.BoundedSemaphore(2)
sem.acquire()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

barrier = threading.Barrier(3)
order = []


def at_barrier(i):
    idx = barrier.wait()
    with lock:
        order.append(idx)


bs = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in bs:
    t.start()
for t in bs:
    t.join()
print("barrier indexes", sorted(order))

data = threading.local()
data.x = "main"


def show_local():
    print("thread sees x:", getattr(data, "x", None))
    data.x = "thread"


t = threading.Thread(target=show_local)
t.start()
t.join()
print("main still sees", data.x)

t = threading.Thread(target=lambda: None, name="named", daemon=True)
print(t.name, t.daemon)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
