# threading's camelCase aliases still work in 3.11 but warn (DeprecationWarning, shown for
# calls from __main__), and stack_size/settrace/setprofile exist as in CPython.
import threading
import _thread

ev = threading.Event()
print("isSet:", ev.isSet())
ev.set()
print("isSet after set:", ev.isSet())

cond = threading.Condition()
with cond:
    cond.notifyAll()

print("activeCount:", threading.activeCount())
print("currentThread:", threading.currentThread().name)

worker = threading.Thread(target=lambda: None)
worker.setName("renamed")
print("getName:", worker.getName(), "isDaemon:", worker.isDaemon())
worker.setDaemon(True)
print("daemon now:", worker.daemon)
worker.start()
worker.join()

# stack_size: the old size is returned; sizes below 32 KiB are refused.
print("stack_size:", threading.stack_size())
print("set 1 MiB, old:", threading.stack_size(1 << 20))
print("now:", threading.stack_size())
for bad in (100, -1, "big"):
    try:
        threading.stack_size(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("reset, old:", threading.stack_size(0))

# A thread started with the new stack size runs normally.
results = []
t = threading.Thread(target=results.append, args=("ran",))
t.start()
t.join()
print(results)

# settrace/setprofile record the hooks that new threads get.
print(threading.gettrace(), threading.getprofile())
threading.setprofile(None)
threading.settrace(None)
print(threading.gettrace(), threading.getprofile())

# _thread's aliases and exit().
print(_thread.allocate is not None, _thread.start_new is not None)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", repr(e))
