# The modules CPython 3.11 compiles into its interpreter show as built-in (corio writes some of
# them in Python), its frozen ones as frozen, and an import error from a compiled-in module
# names no file.
import os, sys, itertools, time, errno, marshal, gc, atexit
print(os, sys, itertools)
print(time, errno, marshal, gc, atexit)
for stmt in ("from sys import nothing_here", "from itertools import nope",
             "from time import sleepy", "from errno import ENOPE"):
    try:
        exec(stmt)
    except ImportError as e:
        print(e)
