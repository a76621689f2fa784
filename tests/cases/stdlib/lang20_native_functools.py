# functools.reduce and cmp_to_key are built-in functions (CPython's _functools), with C's
# argument checks and no frame of theirs in a traceback.
import functools
import operator
import traceback

print(repr(functools.reduce), type(functools.reduce).__name__, functools.reduce.__module__)
print(repr(functools.cmp_to_key), functools.cmp_to_key.__module__, functools.reduce.__qualname__)
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(operator.mul, [], 1))
print(functools.reduce(lambda a, b: a + b, "abc", ">"), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(operator.add, [5]), functools.reduce(operator.add, [], None))
for args, kwargs in [((), {}), ((len,), {}), ((len, [], 1, 2), {}), ((len, 5), {}),
                     ((operator.add, []), {}), ((operator.add, [1]), {"initial": 0})]:
    try:
        functools.reduce(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(key).__name__, sorted([3, 1, 2], key=key), sorted("bca", key=key, reverse=True))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 == k2, k1 >= k2, k1.obj)
for call in (lambda: functools.cmp_to_key(), lambda: functools.cmp_to_key(len, len),
             lambda: functools.cmp_to_key(cmp=len), lambda: k1 < 5):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(functools.cmp_to_key(mycmp=lambda a, b: 0)(1).obj)


def boom(a, b):
    return a / b


try:
    functools.reduce(boom, [1, 0])
except ZeroDivisionError:
    traceback.print_exc(limit=None)
try:
    sorted([1, 2], key=functools.cmp_to_key(boom))
except ZeroDivisionError as e:
    print("sorted:", e)
