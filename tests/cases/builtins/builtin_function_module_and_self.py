# A native module's functions report their module in __module__ and __self__ (CPython's
# m_module/m_self); functions of builtins say 'builtins'; bound built-in methods have
# __module__ None and method descriptors or wrappers have none at all.
import functools
import math
import operator
import os
import sys
import time

for f in [math.sqrt, math.floor, time.time, time.sleep, operator.add, sys.exit, len, print, max]:
    print(f.__name__, f.__module__, f.__self__.__name__)
print(os.getcwd.__module__, os.getpid.__module__, math.sqrt.__self__ is math, sys.exit.__self__ is sys, len.__self__ is __builtins__ or len.__self__.__name__)
for expr in ["[].append.__module__", "str.upper.__module__", "dict.fromkeys.__module__", "(1).__add__.__module__",
             "object.__init__.__module__", "int.__new__.__module__", "[].append.__self__", "str.upper.__objclass__"]:
    try:
        print(expr, "->", eval(expr))
    except AttributeError as e:
        print(expr, "-> AttributeError:", e)
print(hasattr(str.upper, "__module__"), getattr(str.upper, "__module__", "absent"))


@functools.wraps(math.sqrt)
def checked_sqrt(x):
    if x < 0:
        raise ValueError("negative")
    return math.sqrt(x)


print(checked_sqrt.__module__, checked_sqrt.__name__, checked_sqrt.__wrapped__ is math.sqrt, checked_sqrt(16))
