import copy, pickle, gc
class Base:
    __slots__ = ("a", "__weakref__")
    def __init__(self): self.a = 1
class Sub(Base):
    def __init__(self):
        super().__init__(); self.b = 2
s = Sub()
print(s.__dict__, vars(s), s.a, s.b, sorted(k for k in dir(s) if not k.startswith("__")))
s.__dict__["a"] = "shadow?"
print(s.a, s.__dict__)
del s.a
try: s.a
except AttributeError as e: print(e)
try: del s.a
except AttributeError as e: print(e)
s.a = 10
c = copy.copy(s); print(c.a, c.__dict__)
d = copy.deepcopy(s); print(d.a, d.__dict__)
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict(); w.x = 1; w.y = 2; print(w.__dict__, w.x)
class Mid(Base):
    __slots__ = ("m",)
class Leaf(Mid):
    pass
l = Leaf(); l.m = 5; l.z = 6; print(l.__dict__, l.a, l.m, Leaf.m, Base.a)
objs = [Sub() for _ in range(1000)]
for i, o in enumerate(objs): o.a = i
print(sum(o.a for o in objs))
del objs
fresh = [Sub() for _ in range(1000)]
print(sum(o.a for o in fresh))
class Del(Base):
    def __del__(self): print("del sees", self.a)
x = Del(); x.a = "kept"; del x
class P(Base): pass
p = P(); p.a = 3
print(pickle.loads(pickle.dumps(p)).a)
class Q(Base): pass
s.__class__ = Q
print(type(s).__name__, s.a, s.__dict__)
