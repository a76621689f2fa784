# heapq.nlargest/nsmallest: n <= 0, n == 1 (via max/min), sized vs iterator input, and
# the TypeErrors CPython raises for a bad n.
import heapq
data = [5, 1, 8, 3, 9, 2, 8]
for n in [-1, 0, 1, 2, 3, 7, 10]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data), heapq.nlargest(n, iter(data)), heapq.nsmallest(n, iter(data), key=lambda x: -x))
print(heapq.nlargest(2, [("a", 1), ("b", 3), ("c", 3)], key=lambda t: t[1]))
print(heapq.nsmallest(1, []), heapq.nlargest(3, []), heapq.nlargest(2, iter([])))
for args in [("x", [1]), ("x", iter([1])), (2.5, [1, 2, 3]), (2.5, iter([1, 2])), (None, [1]), (2, 5), (1, 5)]:
    for f in (heapq.nlargest, heapq.nsmallest):
        try:
            print(f(*args))
        except TypeError as e:
            print(f.__name__, e)
it = iter(range(10))
print(heapq.nsmallest(0, it), next(it))
print(heapq.nlargest(1, [1, 3, 3.0], key=None))
