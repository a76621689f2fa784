# obj.__class__ = C, with CPython's checks: a class, not a built-in one, and the same layout.
class A: pass
class B: pass
class S:
    __slots__ = ("x",)
class L(list): pass
class L2(list): pass
a = A()
for v in [B, 5, int, S, L, ValueError]:
    try:
        a.__class__ = v
        print("ok", type(a).__name__)
    except TypeError as e: print(e)
l = L([1]); l.__class__ = L2; print(type(l).__name__, l)
try: l.__class__ = A
except TypeError as e: print(e)
for obj in [1, "s", [1], None]:
    try: obj.__class__ = A
    except TypeError as e: print(e)
e = ValueError("x")
class MyE(Exception): pass
class MyE2(Exception): pass
m = MyE("q"); m.__class__ = MyE2; print(type(m).__name__, m)
try: e.__class__ = MyE
except TypeError as err: print(err)
