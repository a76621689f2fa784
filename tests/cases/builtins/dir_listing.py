# dir() lists what CPython's does: object's slots (__class__, rich comparisons, __reduce__...)
# everywhere, no __module__ for built-in types, __dict__/__weakref__ for ordinary classes.
class A:
    x = 1
    def m(self): pass

class S:
    __slots__ = ("a",)

class E(ValueError):
    pass

print(dir(A()))
print(dir(A))
print(dir(S()))
print([n for n in dir(E("x")) if n.startswith("__") and n in ("__dict__", "__class__", "__module__", "__lt__")])
print(dir(object))
print(dir(5) == dir(int), "__module__" in dir(int), "__class__" in dir([]), "append" in dir([]))
print([n for n in dir(A()) if not n.startswith("_")], [n for n in dir("") if not n.startswith("_")][:8])
