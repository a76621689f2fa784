# Details of built-in protocols that CPython 3.11 shows in messages and results.
import sys
from abc import ABC, abstractmethod

def t(fn):
    try:
        r = fn()
        print("ok", r)
    except BaseException as e:
        print(type(e).__name__ + ":", e)

# slices compare as (start, stop, step) tuples, with every operator
t(lambda: (slice(1) == slice(None, 1), slice(1, 2) < slice(1, 3), slice(1, 2) <= slice(1, 2), slice(5) > slice(4)))
t(lambda: (slice(2**70, 1) == slice(2**70, 1), slice("a") < slice("b"), sorted([slice(3), slice(1), slice(2)])))
t(lambda: slice(1) < slice("a"))
t(lambda: slice(1) < 5)

# item deletion: types without sequence methods say "does not", others "doesn't"
t(lambda: exec("del x[0]", {"x": object()}))
t(lambda: exec("del x[0]", {"x": (1,)}))
t(lambda: exec("del x[0]", {"x": "ab"}))
t(lambda: exec("del x[0]", {"x": 5}))
class Plain: pass
t(lambda: exec("del x[0]", {"x": Plain()}))

# __isabstractmethod__ of property, classmethod and staticmethod
class A(ABC):
    @property
    @abstractmethod
    def x(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def st(): ...
    @property
    def concrete(self): return 1
t(lambda: (A.x.__isabstractmethod__, A.concrete.__isabstractmethod__, A.__dict__["make"].__isabstractmethod__,
           A.__dict__["st"].__isabstractmethod__, sorted(A.__abstractmethods__)))
t(lambda: (staticmethod(len).__isabstractmethod__, property().__isabstractmethod__))
t(A)

# sys.getsizeof adds CPython's pre-header to a class's own __sizeof__
class S1:
    def __sizeof__(self): return 42
class S2:
    __slots__ = ()
    def __sizeof__(self): return 42
class S3(int):
    def __sizeof__(self): return 42
class S4(list):
    def __sizeof__(self): return 42
t(lambda: (sys.getsizeof(S1()), sys.getsizeof(S2()), sys.getsizeof(S3()), sys.getsizeof(S4()), sys.getsizeof(object())))

# object.__init_subclass__ names the class by its qualified name
def make():
    class Inner(object, flag=1): pass
t(make)

# except* refuses exception group types at run time; group constructor messages
def star(types):
    r = "not caught"
    try:
        raise ValueError("v")
    except* types:
        r = "caught"
    return r
t(lambda: star(ValueError))
t(lambda: star((ValueError, ExceptionGroup)))
t(lambda: star(BaseExceptionGroup))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("m", []))

# deep nesting hits the recursion limit with CPython's context
def deep(n):
    l = []
    for _ in range(n):
        l = [l]
    return l
t(lambda: deep(100000) == deep(100000))
t(lambda: deep(100) == deep(100))
class Node:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Node({self.n!r})"
n = None
for i in range(100000):
    n = Node(n)
t(lambda: repr(n))
t(lambda: len(repr(Node(Node(None)))))
