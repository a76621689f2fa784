# When an object with __del__ dies, __del__ runs first and its weak references' callbacks
# (weakref.ref callbacks, weakref.finalize) after it, as CPython's subtype_dealloc does.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


class Plain:
    pass


r = Resource("a")
ref = weakref.ref(r, lambda w: print("ref callback, referent gone:", w() is None))
fin = weakref.finalize(r, print, "finalize a")
print("alive:", fin.alive)
del r
print("after del: alive =", fin.alive)

weakref.finalize(Resource("b"), print, "finalize b")
print("b done")

p = Plain()
weakref.finalize(p, print, "finalize plain")
p = None
print("end")
