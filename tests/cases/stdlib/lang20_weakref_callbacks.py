# weakref callbacks for the referents CPython reports the death of: sets (and set and
# frozenset subclasses), bound methods, and classes freed by gc.collect().
import gc
import weakref


def cb(r):
    print("  callback:", type(r).__name__, r())


class M:
    def go(self):
        pass


m = M()
print("bound method temporary:")
r1 = weakref.ref(m.go, cb)
print("  alive:", r1())
bm = m.go
r2 = weakref.ref(bm, cb)
print("bound method held:", r2() == bm)
del bm
print("after del")

s = {1, 2}
r3 = weakref.ref(s, cb)
print("set:", r3() == {1, 2})
del s
print("after del set")


class SetSub(set):
    pass


class FrozenSub(frozenset):
    pass


print("set subclass:")
ss = SetSub([1])
r4 = weakref.ref(ss, cb)
del ss
print("frozenset subclass:")
fs = FrozenSub([1])
r5 = weakref.ref(fs, cb)
del fs
try:
    weakref.ref(frozenset([1]))
except TypeError as e:
    print(e)

print("class:")
C = type("C", (), {"x": 1})
rc = weakref.ref(C, cb)
del C
print("  deleted, alive until collected:", rc() is not None)
gc.collect()
print("  after collect:", rc())


class Base:
    def method(self):
        return super().__repr__()


class Sub(Base):
    pass


rb = weakref.ref(Base, cb)
del Base
gc.collect()
print("base kept by its subclass:", rb() is not None)
del Sub
gc.collect()
print("after the subclass went:", rb())

wkd = weakref.WeakKeyDictionary()
K = type("K", (), {})
wkd[K] = "k"
print("weak keys:", len(wkd))
del K
gc.collect()
print("weak keys after collect:", len(wkd))

ws = weakref.WeakSet()
holder = FrozenSub([3])
ws.add(holder)
print("weak set:", len(ws))
del holder
print("weak set after del:", len(ws))
