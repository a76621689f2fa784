# Ranges with bounds beyond 64 bits (CPython's longrange): indexing, slicing, membership,
# equality, hashing, len() overflow, reversed, and isinstance(..., range).
r = range(10**20, 10**20 + 5)
print(r, list(r), len(r), r[2], 10**20 + 3 in r)
r2 = range(0, 10**30, 10**29)
print(r2[-1], r2.index(3 * 10**29), r2.count(5))
try:
    len(range(10**30))
except OverflowError as e:
    print(e)
print(range(2**63 - 1, 2**63 + 1)[1])
for i in range(2**64, 2**64 + 2): print(i)
print(sum(range(10**18, 10**18 + 3)))
import itertools
print(list(itertools.islice(range(10**25), 3)))
big = range(10**20, 10**21, 10**19)
print(big, len(big), big[-1], big[2:5], big[::-3], type(big[1:2]), isinstance(big, range), big.__class__)
print(big == range(10**20, 10**21, 10**19), big != range(0), hash(big) == hash(range(10**20, 10**21, 10**19)))
print(big.index(10**20 + 5 * 10**19), big.count(3), 5 in big, 10**20 in big, 1.0e20 in big, big.start, big.stop, big.step)
print(bool(range(10**20, 0)), list(range(10**20, 10**20 - 3, -1)), range(-10**20, -10**20 + 2)[0])
try:
    big[100]
except IndexError as e:
    print(e)
try:
    big["x"]
except TypeError as e:
    print(e)
try:
    big.index(7)
except ValueError as e:
    print(e)
print(range(2**62 - 1, 2**62 + 1), list(range(2**62 - 1, 2**62 + 1)), len(range(-2**63, 2**63)))
print(list(reversed(range(10**20, 10**20 + 2))), type(iter(range(10**20))).__name__)
