# operator's dunder spellings (operator.__add__ is operator.add), its __all__, and
# operator.index's exact-int result for int subclasses and __index__ objects.
import operator
import warnings

print(operator.__add__ is operator.add, operator.__not__ is operator.not_, operator.__and__ is operator.and_)
print(operator.__index__(7), operator.__getitem__([1, 2], 1), operator.__iadd__([1], [2]))
print(operator.__call__(max, 1, 2), operator.__concat__("a", "b"), operator.__inv__(5), operator.__abs__(-3))
print(operator._abs is abs, len(operator.__all__), operator.__all__[:5])
dunders = sorted(n for n in dir(operator) if n.startswith("__") and callable(getattr(operator, n))
                 and getattr(operator, n).__name__ != n)
print(dunders)


class Small(int):
    pass


class Indexable:
    def __index__(self):
        return Small(7)


result = operator.index(Small(3))
print(type(result).__name__, result, type(operator.index(True)).__name__)
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as caught:
    value = operator.index(Indexable())
print(type(value).__name__, value, [w.category.__name__ for w in caught])
print(caught[0].message)
try:
    operator.index(2.5)
except TypeError as e:
    print(e)
