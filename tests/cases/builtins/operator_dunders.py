# Operator methods of built-in types as attributes: int.__add__, super().__add__ in subclasses, NotImplemented for foreign types.
import functools, operator
print(7 .__floordiv__(2), (1).__add__(2), (1).__add__(1.5), (2.5).__radd__(1), (5).__rsub__(10), int.__mul__(3, 4))
print(functools.reduce(int.__mul__, [1, 2, 3, 4]), (7).__divmod__(2), (7.5).__divmod__(2), (3).__lt__(4), (3).__lt__(4.5), (3.5).__gt__(2))
print([1].__add__([2]), (1,).__mul__(2), "ab".__mul__(2), "a".__lt__("b"), {1}.__or__({2}), {"a": 1}.__or__({"b": 2}))
print((5).__neg__(), (5).__invert__(), (0).__bool__(), (2.0).__bool__(), (6).__and__(3), (1).__lshift__(4), (2).__pow__(10))
class MyInt(int):
    def __add__(self, other):
        return MyInt(super().__add__(other))
    def __repr__(self):
        return f"MyInt({int(self)})"
print(MyInt(2) + 3, MyInt(2) + MyInt(5), 3 + MyInt(1), type(MyInt(2) + 3).__name__)
class Money(float):
    def __add__(self, o):
        r = super().__add__(o)
        return NotImplemented if r is NotImplemented else Money(r)
    def __str__(self): return f"${self:.2f}"
print(Money(1.5) + 2, Money(1) + Money(2.25))
class L(list):
    def __add__(self, o): return L(super().__add__(o))
print(L([1]) + [2], type(L([1]) + [2]).__name__)
l = [1]; l.__iadd__([2]); print(l, hasattr(1, "__add__"), operator.add(2, 3))
s = {1}; s.__ior__({5}); print(s, (1).__add__("x"), [1].__lt__((1,)), sorted([3, 1, 2], key=int.__neg__))
print(1 + True, True + True, 1 < 2.5, 2.5 > 1, [1] < [2], 10 ** 20 + 1, -(10 ** 20), ~True)
for f in [lambda: [1].__add__((2,)), lambda: (1,).__add__([1]), lambda: b"a".__add__("x")]:
    try: f()
    except TypeError as e: print(e)
