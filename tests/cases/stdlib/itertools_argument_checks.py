# itertools constructors check their arguments when called, not on first next(); namedtuple
# rejects keywords and renames invalid names with rename=True; divmod's errors.
import itertools
from collections import namedtuple

calls = [
    lambda: itertools.islice("abc", -1),
    lambda: itertools.islice("abc", 1, -1),
    lambda: itertools.islice("abc", -1, 2),
    lambda: itertools.islice("abc", "a", 2),
    lambda: itertools.islice("abc", 0, 2, 0),
    lambda: itertools.islice("abc", 0, 2, "x"),
    lambda: itertools.islice("abc"),
    lambda: itertools.islice("abc", 1, 2, 3, 4),
    lambda: itertools.islice(5, 1),
    lambda: itertools.permutations("abc", -1),
    lambda: itertools.combinations("abc", -2),
    lambda: itertools.combinations_with_replacement("abc", -1),
    lambda: itertools.product("ab", repeat=-1),
    lambda: itertools.product(1, "a"),
    lambda: itertools.permutations(3),
]
for c in calls:
    try:
        c()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(itertools.islice("abcdef", None)), list(itertools.islice("abcdef", 1, None, 2)),
      list(itertools.islice("abcdef", True)), list(itertools.islice(range(10), 2, 8, 3)))
print(list(itertools.permutations("abc", 4)), list(itertools.combinations("ab", 0)), list(itertools.product()))
try:
    itertools.batched
except AttributeError as e:
    print(e)

for args in [("Bad", "a def"), ("class", "a b"), ("Ok", "a _b"), ("Ok", "a a"), ("Ok", "a 1b")]:
    try:
        print(namedtuple(*args)._fields)
    except ValueError as e:
        print(e)
print(namedtuple("R", "a def _c a 1x b", rename=True)._fields)

class D:
    def __rdivmod__(self, other):
        return ("rdivmod", other)
print(divmod(7, D()), divmod(-7, 2), divmod(7.5, -2))
for a, b in [("a", 1), (1, "a"), ([], 2), (1j, 2), (None, None)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(e)
