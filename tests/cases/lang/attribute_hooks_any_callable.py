# A class's __setattr__ / __delattr__ / __getattribute__ need not be a def: CPython calls
# whatever the class defines (a built-in method, a staticmethod, a callable instance, a
# partialmethod), binding it as a descriptor first.
import functools


class AttrDict(dict):
    __getattr__ = dict.get
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


a = AttrDict(x=1)
a.y = 2
print(a, a.x, a.y, a.zz)
del a.x
print(a, vars(a))
try:
    del a.nope
except KeyError as e:
    print("KeyError", e)
setattr(a, "z", 3)
delattr(a, "y")
print(a)


class Frozen:
    def _deny(self, name, value):
        raise AttributeError(f"frozen: {name}")

    __setattr__ = _deny
    __delattr__ = _deny  # one argument short on purpose


f = Frozen()
try:
    f.x = 1
except AttributeError as e:
    print(e)
try:
    del f.x
except TypeError as e:
    print(e)


class WithStatic:
    @staticmethod
    def __setattr__(name, value):
        print("static", name, value)


WithStatic().a = 1


class Log:
    def __call__(self, *args):
        print("called with", len(args), "arguments")


class WithCallable:
    __setattr__ = Log()


WithCallable().a = 1


class GA:
    __getattribute__ = lambda self, name: f"got {name}"


print(GA().anything, GA().__class__)


class P:
    __setattr__ = functools.partialmethod(lambda self, tag, n, v: print(tag, n, v), "pm")


P().z = 3


class Meta(type):
    __setattr__ = lambda cls, name, value: print("meta set", cls.__name__, name, value)
    __delattr__ = staticmethod(lambda name: print("meta del", name))


class C(metaclass=Meta):
    pass


C.q = 1
del C.q


class Plain:
    __setattr__ = object.__setattr__


p = Plain()
p.v = 5
print(p.v, vars(p))
