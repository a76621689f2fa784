# list/dict/set subclasses: __new__ makes an empty container and __init__ fills it, so a
# subclass __init__ calling super().__init__(items) works; the containers' own __init__.
from collections import OrderedDict, Counter, defaultdict
print(OrderedDict(a=1, b=2), OrderedDict([("x", 1)]), Counter("aab"), Counter(a=2), defaultdict(int, {"a": 1}))
class L(list): pass
print(L([1, 2]), L(), L(x for x in range(3)), type(L([1]) + [2]))
class D(dict): pass
print(D(a=1), D({1: 2}, b=3), D())
class S(set): pass
print(S([1, 2]), S())
class F(frozenset): pass
print(F([1]))
class T(tuple): pass
print(T([1, 2]))
class LI(list):
    def __init__(self, *args):
        print("init", args)
        super().__init__(*args)
print(LI([1]), LI())
class DN(dict):
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls)
print(DN(x=1))
try: L(1, 2)
except TypeError as e: print(e)
try: D(1, 2)
except TypeError as e: print(e)
try: S(x=1)
except TypeError as e: print(e)
l = [1, 2]
l.__init__()
print(l)
d = {"a": 1}; d.__init__(b=2); print(d)
s = {1}; s.__init__([2]); print(s)
import traceback
print(traceback.StackSummary.from_list([("f", 1, "g", "x")]))
class Row(list):
    def __init__(self, items, label=""):
        super().__init__(items)
        self.label = label
r = Row([1, 2], label="r")
print(r, r.label, len(r), r[0])
class Config(dict):
    def __init__(self, defaults, **overrides):
        super().__init__(defaults)
        self.update(overrides)
print(Config({"a": 1}, b=2))
class Tags(set):
    def __init__(self, *names):
        super().__init__(n.lower() for n in names)
print(sorted(Tags("A", "b")))
