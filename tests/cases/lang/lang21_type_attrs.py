# dir() of the built-in types lists their getsets and slots (as CPython's type dicts hold
# them); vars() of the core types has their own __getattribute__/__sizeof__; a class freed
# by gc.collect() after its methods called super() runs its weakref callbacks, base first.
import gc
import types
import weakref


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


for t in [types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.FunctionType,
          types.CodeType, types.FrameType, types.MethodType, types.ModuleType, type, property,
          staticmethod, classmethod, super, OSError]:
    print(t.__name__, [n for n in dir(t) if not n.startswith("__") or n in ("__name__", "__qualname__", "__del__", "__func__", "__self__", "__dict__")])

g = gen()
print([n for n in dir(g) if n.startswith("gi_")], "__del__" in dir(g))
a = agen()
print([n for n in dir(a) if n.startswith("ag_")])
print(dir(gen.__code__)[-8:])
for T in (int, float, str, list, dict, tuple, set, bytes):
    names = vars(T)
    print(T.__name__, "__getattribute__" in names, "__sizeof__" in names)
print((5).__getattribute__("real"), int.__getattribute__(7, "imag"))


class Num(int):
    def __getattr__(self, name):
        return "fallback " + name


print(Num(3).missing, Num(3).real)


def make():
    class Base:
        def __init__(self):
            self.v = 1

        def m(self):
            return self.v

    class Child(Base):
        def __init__(self):
            super().__init__()

        def m(self):
            return super().m() + 1

    total = 0
    for _ in range(50):
        c = Child()
        total += c.m()
    print("total", total)
    return Child


C = make()
weakref.finalize(C, print, "finalized Child")
weakref.finalize(C.__mro__[1], print, "finalized Base")
r = weakref.ref(C, lambda ref: print("ref callback"))
del C
gc.collect()
print("after collect", r())
