# A class lists the __dict__/__weakref__ getsets it introduces in its __dict__ (CPython type_new_descriptors).
class X:
    a = 1
    def m(self): pass
print(list(X.__dict__))
print(X.__dict__['__dict__'], X.__dict__['__weakref__'], type(X.__dict__['__dict__']))
x = X(); x.q = 1
print(x.__dict__, vars(x), X.__dict__['__dict__'].__get__(x), x.__weakref__)
x.__dict__ = {"z": 2}; print(x.z, vars(x))
try: X.__dict__['__dict__'].__get__(5)
except TypeError as e: print(e)
try: x.__weakref__ = 1
except AttributeError as e: print(e)
class S:
    __slots__ = ('a',)
print(list(S.__dict__), repr(S.__dict__['a']))
class S2:
    __slots__ = ('a', '__dict__', '__weakref__')
    b = 2
print(list(S2.__dict__))
class Sub(X): pass
print(list(Sub.__dict__), Sub().__dict__)
class E(Exception): pass
print(list(E.__dict__))
for b in (set, frozenset, dict, list, int, str, tuple, bytes, bytearray, float, object, Exception, type):
    C = type('C', (b,), {})
    print(b.__name__, [k for k in C.__dict__ if k in ('__dict__','__weakref__')])
class Sl: __slots__=()
class A: pass
class C1(Sl, A): pass
class C2(A, Sl): pass
print([k for k in C1.__dict__], [k for k in C2.__dict__])
class Q:
    '''doc'''
    def __eq__(s, o): return True
print(list(Q.__dict__))
print(X.__dict__['__dict__'].__name__, X.__dict__['__dict__'].__qualname__, X.__dict__['__dict__'].__objclass__)
print(sorted(n for n in dir(X()) if n.startswith("__d") or n.startswith("__w")))
import dataclasses
@dataclasses.dataclass
class P:
    x: int
print(sorted(P.__dict__))
import types
class MM(types.ModuleType): pass
print(list(MM.__dict__))
del x.__dict__
print(vars(x))
