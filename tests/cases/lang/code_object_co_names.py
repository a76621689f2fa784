# code.co_names: the global, attribute and imported names a code object uses, in the order
# of first use, without its locals.
import math


def f(x):
    y = math.sqrt(x) + len([x])
    z = obj.attr.sub
    import os.path
    from sys import argv as a
    global G
    G = y
    del G
    for i in range(3):
        print(i.real)
    return [q for q in x if q.foo]


class C:
    v = 1

    def m(self):
        return self.v + super().m()


def g():
    async def h():
        await foo.bar
    with open(p) as fh:
        fh.read()
    try:
        pass
    except ValueError as e:
        raise KeyError from e
    assert cond, msg
    return h


print(f.__code__.co_names)
print(C.m.__code__.co_names)
print(compile("a = 1\nb.c = d", "f", "exec").co_names, compile("a + b", "f", "eval").co_names)
print((lambda: x.y(z)).__code__.co_names, g.__code__.co_names)
print(type(f.__code__.co_names).__name__, f.__code__.co_varnames)
