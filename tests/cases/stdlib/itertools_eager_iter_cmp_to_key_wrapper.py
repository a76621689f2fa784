import itertools as it
for f, a in [(it.cycle, (5,)), (it.pairwise, (5,)), (it.accumulate, (5,)), (it.dropwhile, (None, 5)),
             (it.combinations, ("ab", "x")), (it.permutations, ("ab", 1.5)), (it.tee, ([1], "2")),
             (it.product, ("ab",), ), (it.zip_longest, (1,)), (it.starmap, (pow, 3)), (it.groupby, (3,)),
             (it.compress, (1, 2)), (it.islice, (3, 1))]:
    try:
        r = f(*a)
        print(f.__name__, "ok")
    except TypeError as e:
        print(f.__name__, e)
try: it.product("ab", repeat="x")
except TypeError as e: print(e)
print(list(it.product("ab", repeat=0)), list(it.combinations("abc", r=2)), list(it.repeat(times=2, object="x")))
print(list(it.count(start=3, step=-1).__next__() for _ in range(2)))
print(it.repeat("a", times=3))
import functools
k = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted(["b", "c", "a"], key=k), type(k), type(k(1)), k(5).obj)
for a, kw in [((), {}), ((1, 2), {}), ((), {"x": 1}), ((1,), {"obj": 2}), ((), {"obj": 7})]:
    try: print(k(*a, **kw).obj)
    except TypeError as e: print(e)
try: k(1) < 2
except TypeError as e: print(e)
try: hash(k(1))
except TypeError as e: print(e)
print(k(1) == k(1), k(1) != k(2), min([3, 1, 2], key=k), max("abc", key=k))
