# A done-callback that raises is reported through the "concurrent.futures" logger, so it
# follows the program's logging configuration, and the other callbacks still run.
import logging
import sys
import concurrent.futures as cf



class Brief(logging.Formatter):
    # The raw message template (the future's repr has an address) and the exception's last
    # line (its traceback passes through the library's own file).
    def formatException(self, ei):
        return f"  {ei[0].__name__}: {ei[1]}"


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Brief("%(levelname)s|%(name)s|%(msg)s"))
logging.getLogger().addHandler(handler)


def bad_callback(fut):
    raise ValueError("callback failed")


def good_callback(fut):
    print("good callback saw", fut.result())


f = cf.Future()
f.add_done_callback(bad_callback)
f.add_done_callback(good_callback)
f.set_result(42)

# Added after completion: called at once, errors reported the same way.
f.add_done_callback(bad_callback)
print("still running")

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(pow, 2, 5)
    fut.result()
    fut.add_done_callback(good_callback)
    fut.add_done_callback(bad_callback)

g = cf.Future()
print(g.set_running_or_notify_cancel())
try:
    g.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
