# Module reprs and "cannot import name" messages name the module's file in the
# interpreter's install; the checks below avoid printing the machine-specific prefix.
import json, json.decoder, collections, math, os, sys, itertools
for mod in (json, json.decoder, collections, math):
    r = repr(mod)
    print(r.split(" from ")[0], r.endswith(("__init__.py'>", "decoder.py'>", ".so'>")))
print(os, sys, itertools)
for stmt in ("from collections import OrderDict", "from json import lods",
             "from math import sqroot", "from sys import nothing_here",
             "from os import pth"):
    try:
        exec(stmt)
    except ImportError as e:
        msg = str(e)
        head, _, where = msg.partition(" (")
        print(head, "|", where.rsplit("/", 1)[-1])
try:
    from itertools import nope
except ImportError as e: print(e)
import time, errno; print(time, errno)
