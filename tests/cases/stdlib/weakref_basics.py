import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().n, type(r).__name__, r == weakref.ref(o), hash(r) == hash(o))
del o
print(r())

o2 = Obj(2)
r2 = weakref.ref(o2, lambda ref: print("callback; referent gone:", ref() is None))
del o2
print("after callback")

d = weakref.WeakValueDictionary()
a, b = Obj("a"), Obj("b")
d["a"] = a
d["b"] = b
print(sorted(d.keys()), len(d))
del a
print(sorted(d.keys()), "a" in d, d.get("a"), d["b"].n)

s = weakref.WeakSet()
x, y = Obj(1), Obj(2)
s.add(x)
s.add(y)
print(len(s))
del x
print(len(s), [o.n for o in s])

k = weakref.WeakKeyDictionary()
kk = Obj(5)
k[kk] = "v"
print(len(k), k[kk])
del kk
print(len(k))

target = Obj(9)
fin = weakref.finalize(target, print, "finalized", 9)
print(fin.alive)
del target
print(fin.alive)

m = Obj(3)
wm = weakref.WeakMethod(m.get)
print(wm()())
del m
print(wm())

try:
    weakref.ref(1)
except TypeError as e:
    print(e)


def fn():
    pass


print(weakref.ref(fn)() is fn)
survivor = Obj(7)
weakref.finalize(survivor, print, "finalized at exit")
print("end")
