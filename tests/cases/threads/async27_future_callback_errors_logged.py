# A concurrent.futures done-callback that raises is logged through the "concurrent.futures"
# logger with its traceback (record.exc_info); the callbacks after it still run, and a
# future asked to run twice logs a CRITICAL record before raising.
import logging
import sys
import concurrent.futures as cf
from concurrent.futures import _base


class Collect(logging.Handler):
    def emit(self, record):
        # the message names the future's repr, which has an address: show its state part
        msg = record.getMessage()
        state = msg[msg.index("state="):] if "state=" in msg else f"state {record.args[1]}"
        exc = record.exc_info
        where = f" [{exc[0].__name__}: {exc[1]}, tb={exc[2] is not None}]" if exc else ""
        print(f"{record.levelname} {record.name} {record.msg!r} -> {state}{where}")


log = logging.getLogger("concurrent.futures")
log.addHandler(Collect())
log.propagate = False
print(_base.LOGGER is log)


def bad(fut):
    raise ValueError("callback failed")


def good(fut):
    print("good callback saw", fut.result() if not fut.cancelled() else "cancelled")


f = cf.Future()
f.add_done_callback(bad)
f.add_done_callback(good)
f.set_result(42)
f.add_done_callback(bad)  # already done: called at once
print("after set_result")

g = cf.Future()
g.add_done_callback(bad)
g.set_exception(KeyError("k"))

h = cf.Future()
h.add_done_callback(good)
h.add_done_callback(bad)
print(h.cancel())

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(pow, 2, 5)
    fut.result()
    fut.add_done_callback(good)
    fut.add_done_callback(bad)

r = cf.Future()
print(r.set_running_or_notify_cancel())
try:
    r.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
c = cf.Future()
c.cancel()
print(c.set_running_or_notify_cancel(), c.cancelled())

# BaseException from a callback is not caught
k = cf.Future()
k.add_done_callback(lambda fut: sys.exit(3))
try:
    k.set_result(None)
except SystemExit as e:
    print("SystemExit", e.code)

# The record goes to the root logger's handlers too when propagating.
log.removeHandler(log.handlers[0])
log.propagate = True
root = logging.getLogger()
root.addHandler(Collect())
q = cf.Future()
q.set_result(None)
q.add_done_callback(bad)
print("end")
