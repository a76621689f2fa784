from typing import Protocol
try: isinstance(1, Protocol)
except TypeError as e: print(e)
print("mid")
class NP(Protocol):
    def f(self): ...
print("after")
try: print(isinstance(1, NP))
except TypeError as e: print(e)
print("end")
try: print(issubclass(int, Protocol))
except TypeError as e: print(e)
from typing import runtime_checkable, SupportsInt, SupportsAbs, Iterable, Sized
@runtime_checkable
class HasX(Protocol):
    x: int
class W:
    def __init__(self): self.x = 1
print(isinstance(W(), HasX), isinstance(3, SupportsInt), isinstance("s", SupportsInt), isinstance([], Sized))
try: issubclass(W, HasX)
except TypeError as e: print(e)
import functools
@functools.singledispatch
def fn(a): return "base"
@fn.register
def _(a: int): return "int"
print(fn(1), fn("x"))
