# Callables of modules CPython implements in C (datetime, itertools, operator, bisect,
# collections.OrderedDict/defaultdict, time, functools.partial, types.SimpleNamespace) show as
# built-in functions, methods and method descriptors, as CPython's reprs do.
import bisect
import collections
import datetime
import functools
import itertools
import operator
import re
import time
import types


def mask(s):
    return re.sub(r"0x[0-9a-f]+", "0x..", s)


stamp = datetime.datetime(2024, 5, 6, 7, 8, 9)
od = collections.OrderedDict(a=1)
objects = [
    datetime.datetime.now, datetime.date.today, datetime.datetime.fromtimestamp, stamp.replace,
    stamp.isoformat, datetime.datetime.replace, datetime.datetime.__dict__["replace"],
    datetime.timedelta.total_seconds, itertools.chain.from_iterable, operator.add, operator.itemgetter,
    bisect.insort, bisect.bisect_left, collections.OrderedDict.fromkeys, od.move_to_end,
    collections.defaultdict.copy, time.strftime, functools.partial(print).__call__,
    types.SimpleNamespace().__repr__, stamp.__str__, datetime.datetime.__str__,
]
for obj in objects:
    print(mask(repr(obj)))
print(stamp.replace(year=2020), operator.add(2, 3), callable(datetime.datetime.now))
