# operator.concat/iconcat refuse what is not a sequence (naming the first operand's type);
# heapq names None itself in its "must be list" errors.
import heapq
import operator


class S:
    def __getitem__(self, i):
        return i

    def __add__(self, o):
        return 'added'


for a, b in [(1, 2), ([1], (2,)), ('a', 1), (S(), 1), (S(), S()), (1, S()), ({}, {}), ([1], 1), ((1,), [2]), ('a', 'b'), (b'x', b'y')]:
    for f in (operator.concat, operator.iconcat):
        try:
            print(f.__name__, repr(f(a, b)))
        except TypeError as e:
            print(f.__name__, e)
for f in (lambda: heapq.heapify(None), lambda: heapq.heappop(None), lambda: heapq.heappush(None, 1),
          lambda: heapq.heapreplace(None, 1), lambda: heapq.heappushpop(None, 1), lambda: heapq.heapify(5)):
    try:
        f()
    except TypeError as e:
        print(e)
