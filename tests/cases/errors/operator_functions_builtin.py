# operator's single-operation functions are built-ins: CPython's argument errors, and no frame of
# their own in a traceback.
import operator, functools
tests = ["operator.add(1)", "operator.add(1,2,3)", "operator.add(a=1,b=2)", "operator.neg()", "operator.not_(1,2)", "operator.lt(1)",
 "operator.getitem([1])", "operator.setitem([1],0)", "operator.contains(1)", "operator.truth()", "operator.is_(1)", "operator.abs()",
 "operator.iadd(1)", "operator.add(1, 'a')", "operator.neg('a')", "operator.lt(1, 'a')", "operator.abs('a')", "operator.getitem([], 1)",
 "operator.contains(1, 2)", "operator.invert(1.5)", "operator.truediv(1, 0)"]
for e in tests:
    try: print(e, "->", eval(e))
    except Exception as x: print(e, "!!", type(x).__name__, x)
l = [1]; print(operator.iadd(l, [2]) is l, l, operator.iadd(1, 2), operator.ipow(2, 10), operator.imatmul is not None)
d = {}; operator.setitem(d, "k", 1); print(d, operator.getitem(d, "k"), operator.contains(d, "k")); operator.delitem(d, "k"); print(d)
print(operator.add, repr(operator.lt), operator.add.__name__, operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.inv(5), operator.invert(5), operator.pos(-1), operator.neg(2), operator.abs(-3.5), operator.mod(7, 3), operator.pow(2, 5), operator.xor(5, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq([1], [1]), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2), operator.and_(6, 3), operator.or_({1}, {2}))
print(operator.matmul.__qualname__, operator.floordiv(7, 2), operator.truediv(7, 2), operator.lshift(1, 4), operator.rshift(16, 2), operator.sub(5, 3), operator.mul("a", 3))
print(functools.reduce(operator.mul, range(1, 6)), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: operator.sub(a, b))), list(map(operator.add, [1, 2], [3, 4])))
print(operator.index(5), operator.concat([1], [2]), operator.itemgetter(1)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("a"))
import sys
print(callable(operator.add), type(operator.add).__name__)
functools.reduce(operator.add, [1, "a"])
