# staticmethod/classmethod carry the wrapped function's names and doc (CPython 3.10+), a
# staticmethod is callable, property has __set_name__, gen.__del__() closes the generator;
# threading.Barrier's repr and sort()'s keyword-count error.
import sys
def f(x: int) -> int:
    "doc f"
    return x
s = staticmethod(f); c = classmethod(f)
print(s.__dict__, c.__dict__)
print(s.__name__, s.__qualname__, s.__module__, s.__doc__, s.__annotations__, c.__name__, s(3), s.__call__(4))
print(staticmethod(len).__dict__, staticmethod(len).__name__)
class P:
    @property
    def v(self): return 1
P.__dict__['v'].__set_name__(P, 'v')
def g():
    try:
        yield 1
    finally:
        print("closed by __del__")
gg = g(); next(gg); gg.__del__(); print(gg.gi_frame)
try: P.__dict__['v'].__set_name__(P)
except TypeError as e: print(e)
class A:
    @staticmethod
    def sm(): "sm doc"
    @classmethod
    def cm(cls): pass
print(A.__dict__['sm'].__name__, A.__dict__['cm'].__qualname__, A.__dict__['sm'].__doc__)
import threading
b = threading.Barrier(3)
print(repr(b).split(" at ")[0], repr(b).split(":")[-1])
b.abort()
print(repr(b).split(":")[-1])
for call in (lambda: sorted([3, 1], key=None, reverse=True, x=1), lambda: [].sort(key=None, reverse=False, y=2), lambda: sorted([], kye=1)):
    try:
        call()
    except TypeError as e:
        print(e)
