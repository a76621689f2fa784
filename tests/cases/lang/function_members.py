# Function members: __module__, __doc__ and __annotations__ live on the function object (not
# in __dict__), their assignment and deletion rules, and functools.wraps copying them.
def f(x: int) -> int:
    "doc"
    return x
def g(): pass
print(dir(f) == dir(g), len(dir(f)))
print(dir(f))
print(g.__doc__, g.__module__, g.__annotations__, g.__dict__)
import functools
@functools.wraps(f)
def h(*a): return f(*a)
print(h.__doc__, h.__module__, h.__name__, h.__annotations__, sorted(h.__dict__))
del g.__doc__
print(g.__doc__)
del g.__annotations__
print(g.__annotations__)
try:
    del g.nothing
except AttributeError as e:
    print(e)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
g.__module__ = 7
print(g.__module__, repr(g)[:12])
class C:
    def m(self):
        "mdoc"
print(C.m.__doc__, C().m.__doc__, C.m.__module__, C().m.__module__)
lam = lambda: 0
print(lam.__doc__, lam.__module__)
print(f.__dict__, vars(f))
print(type(f.__builtins__).__name__, f.__builtins__['len'] is len)
del g.__module__
print(g.__module__)
g.__doc__ = 3
print(g.__doc__)
print(C.m.__module__ is C().m.__module__)
