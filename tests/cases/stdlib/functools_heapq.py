import functools, heapq, operator
from functools import partial, reduce, lru_cache, wraps, total_ordering, cache
p = partial(int, base=2)
print(p('1010'), reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info().hits)
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def named(x):
    """doc"""
    return x
print(named.__name__, named(5))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 7, 1]), heapq.nsmallest(2, [4, 7, 1]))
l = [9, 4, 7, 1, 3]; heapq.heapify(l); print(l)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), operator.itemgetter(1, 0)('ab'), operator.attrgetter('v')(V(4)))
