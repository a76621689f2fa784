# math.hypot/dist computed as CPython 3.11 (double-double sum with a correction step),
# cbrt from the C library, repr of powers of two whose even neighbour does not round-trip,
# and __length_hint__ of the built-in iterators.
import math, operator, random

random.seed(11)
pts = [(random.uniform(-50, 50), random.uniform(-50, 50)) for _ in range(2000)]
print(sum(math.hypot(x, y) for x, y in pts))
print([math.hypot(x, y) for x, y in pts[:8]])
print(math.hypot(16.892999866616677, 19.584222685476277), math.hypot(3, 4), math.hypot(), math.hypot(-2.5))
print(math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist((1.5, 2.25, -3), (4, -1, 0.125)), math.dist((0, 0), (17.734268679932548, -10.261455284283848)))
print([math.cbrt(v) for v in (27, 8, -64, 4.916067795588077, 1e-300, 0.001, 2)])
print(2 ** -24, 2.0 ** -1074, 2.0 ** 100, 2.0 ** -60, [2.0 ** e for e in range(-30, -20)])
print(math.exp2(-24), 1 / 2 ** 40, 5.960464477539063e-08 == 2 ** -24)

for it in (iter([1, 2]), iter((1, 2, 3)), iter(range(5)), iter('abc'), reversed([1, 2]),
           iter({1: 2}), iter({1, 2}), iter(b'ab'), iter(bytearray(b'x')), map(str, [1]),
           zip([1], [2]), enumerate([1]), iter({1: 2}.items()), reversed(range(4)), reversed('ab')):
    print(type(it).__name__, operator.length_hint(it), hasattr(it, '__length_hint__'))
d = {1: 2, 3: 4, 5: 6}
it = iter(d)
next(it)
print(it.__length_hint__())
d[7] = 8
print(it.__length_hint__())
it = iter(range(10, 0, -3))
print(it.__length_hint__(), list(it), it.__length_hint__())
items = [1, 2, 3]
it = iter(items)
next(it)
items.clear()
print(it.__length_hint__(), operator.length_hint(filter(None, [1]), 4))
