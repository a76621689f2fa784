# operator's functions written in Python check their arguments as CPython's C functions do
# (positional only, the _PyArg_CheckPositional wording), and keep CPython's docstrings.
import operator
for call in [lambda: operator.index(), lambda: operator.index(1, 2), lambda: operator.concat(1), lambda: operator.length_hint(), lambda: operator.countOf([1]), lambda: operator.indexOf([1], 2), lambda: operator.call(), lambda: operator.call(f=1),
             lambda: operator.length_hint(1, 2, 3), lambda: operator.concat(a=1), lambda: operator.index(a=1),
             lambda: operator.index(1, 2), lambda: operator.countOf([1], 1, 2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(operator.index(5), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(4))), operator.length_hint(object(), 7))
print(operator.call(max, 3, 9), operator.iconcat([1], (2,)))
for name in ["index", "concat", "iconcat", "countOf", "indexOf", "call"]:
    print(name, getattr(operator, name).__doc__)
print(operator.length_hint.__doc__.splitlines()[0])
