# contextvars' types are final and carry CPython's tp_name in messages ("unhashable type:
# '_contextvars.Context'"); ContextVar's argument-count messages; a class marked with
# typing.final can still be subclassed at run time, as in CPython.
import contextvars
import typing

ctx = contextvars.copy_context()
try:
    hash(ctx)
except TypeError as e:
    print(e)
for base in (contextvars.ContextVar, contextvars.Context, contextvars.Token):
    try:
        class Sub(base):
            pass
        print("subclassed", base)
    except TypeError as e:
        print(e)
for args in [(), ("a", 1)]:
    try:
        contextvars.ContextVar(*args)
    except TypeError as e:
        print(e)
print(contextvars.Context, contextvars.ContextVar, contextvars.Token)
v = contextvars.ContextVar("v", default=3)
print(hash(v) == hash(v), v.get(), ctx.get(v, "missing"))


@typing.final
class Leaf:
    pass


class Child(Leaf):
    pass


print(Child.__mro__[1].__name__, Leaf.__final__)
