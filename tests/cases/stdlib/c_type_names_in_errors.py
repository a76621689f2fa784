import datetime, collections, functools, itertools
d = datetime.date(2024, 1, 1)
for thunk in [lambda: d + 1, lambda: 1 - d, lambda: d.foo, lambda: datetime.timedelta(1) * "x", lambda: datetime.datetime(2024,1,1) - d,
              lambda: collections.defaultdict(int).nope, lambda: functools.partial(int) + 1,
              lambda: itertools.count() + 1, lambda: len(itertools.count()), lambda: d < 5, lambda: datetime.time(1) + datetime.timedelta(1)]:
    try: thunk()
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
print(datetime.date, datetime.datetime, type(d), repr(type(d)), collections.OrderedDict, functools.partial, itertools.count)
print(type(collections.defaultdict(int)).__name__, datetime.date.__name__, datetime.date.__qualname__, datetime.date.__module__)
class MyDate(datetime.date): pass
try: MyDate(2024,1,1) + 1
except TypeError as e: print(e)
print(object.__repr__(d)[:22], object.__repr__(collections.OrderedDict())[:33])
