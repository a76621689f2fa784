# super().__repr__() / list.__repr__(x) in subclasses of built-in types use the base type's repr;
# set subclasses name themselves; str subclasses print as their text.
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque
import enum
class ST(set): pass
class FS(frozenset): pass
class L(list): pass
class S(str): pass
class I(int): pass
print(ST({1}), ST(), FS([2]), FS(), repr(L([1])), S("q"), repr(S("q")), I(5), repr(I(5)))
print(OrderedDict(a=1), defaultdict(int, a=1), Counter("aab"), namedtuple("P", "x")(1), deque([1]))
class Color(enum.IntEnum):
    R = 1
print(Color.R, repr(Color.R), str(True), repr(True), int.__repr__(7), str.__str__("s"), float.__repr__(2.5))
l = L([1]); l.append(l); print(l)
d = {}; d["self"] = d; print(d)
class Rec(list):
    def __repr__(self):
        return "Rec" + super().__repr__()
r = Rec([1, Rec([2])]); print(r, [r], str(r))
print(f"{S('x')!r} {S('y')} {I(3)!r}", "%s %r" % (S("a"), S("b")))
class L(list):
    def __repr__(self): return "L" + super().__repr__()
    def __str__(self): return "S" + super().__str__()
class D(dict):
    def __repr__(self): return "D" + super().__repr__()
class T(tuple):
    def __repr__(self): return "T" + super().__repr__()
class I(int):
    def __repr__(self): return "I" + super().__repr__()
class F(float):
    def __repr__(self): return "F" + super().__repr__()
class S(str):
    def __repr__(self): return "S" + super().__repr__()
class ST(set):
    def __repr__(self): return "ST" + super().__repr__()
print(L([1]), repr(L([1])), D(a=1), T((1,)), I(3), F(1.5), S("x"), ST({1}))
print(list.__repr__(L([2])), "__repr__" in list.__dict__, dict.__repr__({}), object.__repr__(1)[:11])
