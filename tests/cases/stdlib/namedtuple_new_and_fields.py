# namedtuple classes: a `__new__` taking exactly the fields (native argument binding and its
# messages), `_tuplegetter` field descriptors, defaults, renaming, subclasses, copies.
from collections import namedtuple
P = namedtuple("P", "x y")
D = namedtuple("D", ["a", "b", "c"], defaults=[2, 3])
O = namedtuple("O", "only")
E = namedtuple("E", "")
R = namedtuple("R", "def x x", rename=True)
print(P(1, 2), P(x=1, y=2), P(1, y=5), D(1), D(1, 9), O(4), E(), R(1, 2, 3), R._fields)
for f in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: D(), lambda: D(1, 2, 3, 4), lambda: O(), lambda: E(1), lambda: P()):
    try:
        f()
    except TypeError as e:
        print(e)
print(P.__new__.__qualname__, P.__new__.__defaults__, D.__new__.__defaults__, P.__new__.__name__)
print(P._make([3, 4]), P(1, 2)._replace(x=7), P(1, 2)._asdict(), D._field_defaults, P.x, P.x.__doc__)
class Pt(P):
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4).norm(), Pt(3, 4), isinstance(Pt(1, 2), tuple), P(1, 2) == (1, 2), hash(P(1, 2)) == hash((1, 2)))
import pickle, copy
print(copy.copy(P(1, 2)), copy.deepcopy(D(1)))
print(type(P.x).__name__, type(P.x).__module__, P.x.__get__(None, P) is P.x, P.x.__get__((7, 8)))
p = P(1, 2)
for action in (lambda: setattr(p, "x", 5), lambda: delattr(p, "x"), lambda: setattr(p, "z", 1)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
P.x.__doc__ = "the x coordinate"
print(P.x.__doc__, P.y.__doc__, P.__doc__)
try:
    P.x.__get__(5)
except TypeError as e:
    print(e)
from collections import namedtuple
import copy
P = namedtuple("P", "x y")
print(copy.copy(P(1, 2)), copy.deepcopy(P(1, [2])))
class T(tuple): pass
print(copy.copy(T((1, 2))), copy.deepcopy(T((1, 2))))
class S(str): pass
class I(int):
    def __init__(self, v): self.tag = "t"
s2 = copy.copy(S("abc")); i2 = copy.deepcopy(I(5))
print(repr(s2), type(s2).__name__, i2, i2.tag, type(i2).__name__)
D = namedtuple("D", "a b", defaults=[[1]])
d = D(1)
d2 = copy.deepcopy(d); print(d2, d2.b is d.b, copy.copy(d).b is d.b)
class L(list): pass
l = L([1, [2]]); l.k = 1; l2 = copy.deepcopy(l); print(l2, l2.k, type(l2).__name__, l2[1] is l[1])
