# The docstrings CPython's C functions carry (`math.sqrt.__doc__`, `help(heapq.heappush)`),
# and the built-in types' own __dict__ as CPython shows it (their __doc__, no __module__).
import functools
import heapq
import math
import operator
import time

for f in (math.sqrt, math.gcd, heapq.heappush, operator.itemgetter, time.sleep, time.time,
          functools.reduce, functools.cmp_to_key, operator.add):
    print(f"--- {f.__module__}.{f.__name__}")
    print(f.__doc__)
help(math.hypot)
help(time.perf_counter)

for t in (int, bool, str, list, dict, object, ValueError, type(None)):
    d = vars(t)
    print(t.__name__, "__module__" in d, "__doc__" in d, d["__doc__"] == t.__doc__, t.__module__)
print(sorted(k for k in vars(bool)))
try:
    int.__dict__["__module__"]
except KeyError as e:
    print("KeyError", e)


class Mine:
    "mine"


print(sorted(vars(Mine)), vars(Mine)["__module__"])
