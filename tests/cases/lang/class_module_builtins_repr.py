# A class whose __module__ is 'builtins' prints like a built-in type: CPython's type_repr and
# object_repr then show tp_name, which is the class's __name__ (not its __qualname__).
class D:
    __module__ = 'builtins'
print(D, repr(D), D.__qualname__, D.__module__, D().__class__)
r = repr(D()); print(r[:r.index(' at ')])
class E:
    class F: pass
print(E.F)
E.F.__module__ = 'builtins'
print(E.F, E.F.__qualname__)
r = repr(E.F()); print(r[:r.index(' at ')])
import typing
print(typing.List[D], typing.Optional[E.F])
class Err(Exception):
    __module__ = 'builtins'
try:
    raise Err("x")
except Err as e:
    print(repr(e))
raise Err("boom")
