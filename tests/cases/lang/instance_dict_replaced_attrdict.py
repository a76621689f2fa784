# Assigning __dict__ keeps that very dict (the AttrDict idiom `self.__dict__ = self`,
# namespaces sharing one dict): changes through either name show in the other.
class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self
d = AttrDict(a=1, b=2)
print(d.a, d.b)
d.c = 3
print(d, d.__dict__ is d, vars(d) is d)
del d.a
print(d)
d["z"] = 9
print(d.z, hasattr(d, "a"), getattr(d, "q", "none"))
try:
    d.missing
except AttributeError as e:
    print(e)
print(d.keys(), d.items(), len(d), "z" in dir(d))
for i in range(3):
    d.n = i
print(d.n, d["n"])
class Sub(AttrDict):
    def total(self): return sum(v for v in self.values() if isinstance(v, int))
s = Sub(x=1, y=2); s.w = 10
print(s.total(), s, s.x)
class Obj: pass
shared = {"k": 1}
o = Obj(); o.old = 5
o.__dict__ = shared
print(o.k, hasattr(o, "old"), o.__dict__ is shared)
shared["m"] = 2; o.n = 3
print(o.m, shared, vars(o) is shared)
o2 = Obj(); o2.__dict__ = shared
print(o2.n, o2.k)
o.__dict__ = {}
print(vars(o), shared)
del o.__dict__
print(vars(o))
try: o.__dict__ = 5
except TypeError as e: print(e)
class Bag:
    def __init__(self, **kw):
        self.__dict__.update(kw)
b = Bag(p=1, q=2); print(b.p, vars(b))
b.__dict__ = AttrDict(r=3)
print(b.r, type(b.__dict__).__name__)
import copy
c = copy.copy(d); print(c, type(c).__name__)
class Ns:
    def __init__(self, d): self.__dict__ = d
n = Ns({"a": 1}); print(n.a, n.__dict__)
n.__class__ = Bag; print(n.a, type(n).__name__)
