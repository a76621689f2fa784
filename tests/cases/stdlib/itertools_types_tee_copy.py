import itertools, copy, operator
from itertools import *
objs = [cycle('ab'), islice('abc', 2), accumulate([1, 2]), product('ab', repeat=1), permutations('ab'), combinations('abc', 2), combinations_with_replacement('ab', 2), zip_longest('a', 'bc'), starmap(pow, [(2, 3)]), takewhile(bool, [1, 0]), dropwhile(bool, [1, 0]), filterfalse(None, [0, 1]), compress('ab', [1, 0]), pairwise('abc'), tee('ab')[0], next(groupby('aa'))[1], count(), repeat(1), chain('a')]
for o in objs:
    t = type(o)
    print(t, t.__name__, t.__module__, iter(o) is o, isinstance(o, t), next(o))
gb = groupby('a'); print(type(gb), iter(gb) is gb, next(gb)[0])
print([(k, list(g)) for k, g in groupby('aabbbc')])
g = groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
a, b = tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
c, = tee(a := iter([1, 2, 3]), 1); print(list(c))
x, y = tee('xyz'); next(x); z = copy.copy(x); print(list(x), list(z), list(y))
t1, t2 = tee(range(3)); t3, t4 = tee(t1); print(t3 is t1, list(t3), list(t4), list(t2))
print(tee('ab', 0), len(tee('ab', 3)))
def boom():
    yield 1
    raise ValueError('from source')
p, q = tee(boom())
print(next(p))
try: next(p)
except ValueError as e: print('ValueError', e)
print(list(q) if False else next(q))
for bad in [lambda: islice('a', -1), lambda: cycle(), lambda: permutations('a', -1), lambda: tee('a', -1), lambda: pairwise(1), lambda: starmap(pow), lambda: accumulate([], x=1)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: islice('abc', 2)[0]
except TypeError as e: print(e)
try: len(permutations('ab'))
except TypeError as e: print(e)
print(list(islice(count(), 2, 10, 3)), list(accumulate([3, 1, 4], max)), list(accumulate(range(5), operator.mul, initial=1)), list(zip_longest(*[iter('abcdefg')] * 3, fillvalue='-')))
print(sum(1 for _ in permutations(range(6))), list(map(''.join, product('ab', 'cd'))))
