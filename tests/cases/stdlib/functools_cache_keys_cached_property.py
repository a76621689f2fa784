# lru_cache's untyped key: a lone int or str argument is its own key, so f(1) and f(1.0)
# are cached apart; cached_property's __set_name__/__dict__ errors; reprs use hex(id()).
import functools
from functools import lru_cache, cached_property, partial


@lru_cache
def ident(x):
    return x


ident(1); ident(1.0); ident(1); ident("a"); ident(("a",))
print(ident.cache_info())

@lru_cache(maxsize=None)
def both(x, y=0):
    return x + y


both(1); both(1.0); both(x=1); both(1, y=0); both(1, 0)
print(both.cache_info())


class C:
    @cached_property
    def val(self):
        print("computing")
        return 42


c = C()
print(c.val, c.val, c.__dict__)
try:
    C.val.__set_name__(C, "other")
except TypeError as e:
    print(e)
C.val.__set_name__(C, "val")

class Slotted:
    __slots__ = ("a",)

    @cached_property
    def prop(self):
        return 1


try:
    Slotted().prop
except TypeError as e:
    print(e)

loose = cached_property(lambda self: 1)
try:
    loose.__get__(c, C)
except TypeError as e:
    print(e)


def f(a, b):
    return a + b


p = partial(f, 1)
print(repr(p).replace(hex(id(f)), "ADDR"))
print(repr(f) == f"<function f at {hex(id(f))}>")
obj = object()
print(repr(obj) == f"<object object at {hex(id(obj))}>")
