# Where `import` finds a module: modules built into CPython (pwd, gc) come before sys.path,
# while a file on sys.path shadows a standard module CPython builds as an extension (cmath,
# unicodedata).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "module_search_order_dir"))

import cmath
import gc
import pwd
import unicodedata

for module in (cmath, unicodedata, pwd, gc):
    print(module.__name__, "->", getattr(module, "SHADOW", "the standard module"))
print(callable(getattr(pwd, "getpwuid", None)), callable(getattr(gc, "collect", None)))
