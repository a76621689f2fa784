# tracemalloc and faulthandler import and answer their API (corio traces no allocations).
import faulthandler
import io
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [str(i) for i in range(1000)]
current, peak = tracemalloc.get_traced_memory()
print(isinstance(current, int), isinstance(peak, int), peak >= current)
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit, type(snap.statistics("lineno")).__name__)
try:
    snap.statistics("bogus")
except ValueError as e:
    print("ValueError:", e)
filtered = snap.filter_traces([tracemalloc.Filter(False, "<frozen importlib._bootstrap>")])
print(type(filtered).__name__, tracemalloc.Filter(True, "x.py", 3).lineno)
tracemalloc.reset_peak()
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing())
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
faulthandler.disable()
print(faulthandler.is_enabled())
try:
    faulthandler.enable(file=io.StringIO())
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
