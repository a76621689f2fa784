import typing, contextlib
from typing import ContextManager, AsyncContextManager, SupportsRound, SupportsBytes, SupportsComplex, overload, get_overloads, clear_overloads, Iterator
print(ContextManager, ContextManager[int], AsyncContextManager[str], typing.T, typing.T_co, typing.T_contra, typing.KT, typing.CT_co)
def cm() -> ContextManager[int]: return contextlib.nullcontext(1)
print(isinstance(contextlib.nullcontext(), ContextManager), isinstance(1, ContextManager), isinstance(1.5, SupportsRound), isinstance(1j, SupportsComplex), isinstance('x', SupportsRound))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(len(get_overloads(f)), [o.__annotations__ for o in get_overloads(f)], f(2))
try: get_overloads(f)[0](1)
except NotImplementedError as e: print(e)
clear_overloads(); print(get_overloads(f))
class C:
    @overload
    def m(self, x: int) -> int: ...
    def m(self, x): return x
print(len(get_overloads(C.m)), typing.get_type_hints(cm))
