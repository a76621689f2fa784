import weakref
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'Obj({self.n})'
o = Obj(1)
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
r1 = weakref.ref(o); r2 = weakref.ref(o)
print(r1 is r2, weakref.getweakrefcount(o))
cb1 = weakref.ref(o, lambda r: print('cb1')); cb2 = weakref.ref(o, lambda r: print('cb2'))
print(cb1 is cb2, weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print(refs[0] is r1, refs[1] is cb2, refs[2] is cb1)
del cb2
print(weakref.getweakrefcount(o))
del r1, r2
print(weakref.getweakrefcount(o), weakref.getweakrefs(o)[0] is cb1)
r3 = weakref.ref(o); print(weakref.getweakrefcount(o), weakref.getweakrefs(o)[0] is r3)
d = weakref.WeakValueDictionary(); d['k'] = o
k = weakref.WeakKeyDictionary(); k[o] = 1; print(k[o], o in k)
print(weakref.getweakrefcount(o))
def f(): pass
print(weakref.getweakrefcount(f), weakref.ref(f) is weakref.ref(f), weakref.getweakrefcount(f))
print(weakref.getweakrefcount(1), weakref.getweakrefs('x'))
class Sub(weakref.ref): pass
s1 = Sub(o); s2 = Sub(o); print(s1 is s2, type(weakref.getweakrefs(o)[-1]).__name__)
del o
print('end')
