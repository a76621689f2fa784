# type(name, bases, ns) with a base whose metaclass is more derived hands the class creation to
# that metaclass's __new__ (CPython's type_new), so ABCs made this way still check abstract
# methods; a non-dict namespace is refused.
import abc

X = type("X", (abc.ABC,), {"f": abc.abstractmethod(lambda self: 1)})
print(type(X).__name__, sorted(X.__abstractmethods__))
try:
    X()
except TypeError as e:
    print(e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

class Base(metaclass=Meta):
    pass

Y = type("Y", (Base,), {"a": 1})
print(type(Y).__name__, Y.a, Y.__mro__[1].__name__)
try:
    type("Z", (), [])
except TypeError as e:
    print(e)
