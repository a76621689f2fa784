# Classes: C3 MRO, super() in diamonds, properties, static/class methods, class vs instance attrs.
class A:
    def who(self):
        return ["A"]

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who())
print([k.__name__ for k in D.__mro__])
print(D.__mro__)
print(D.__bases__, A.__bases__)

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(e)

class Temperature:
    unit = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def convert(c):
        return c * 2
    @classmethod
    def freezing(cls):
        return cls(0)

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, Temperature.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.convert(4), t.convert(5), Temperature.freezing().celsius)
print(type(Temperature.freezing()).__name__)

t2 = Temperature(1)
t2.unit = "F"
print(t2.unit, Temperature.unit, Temperature(3).unit)
Temperature.unit = "K"
print(t2.unit, Temperature(3).unit)
print(sorted(vars(t2)))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2
s = Slotted()
print(s.a + s.b, Slotted.__slots__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)

class Base:
    def __init__(self, name):
        self.name = name
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")
class Child(Base, tag="child"):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
c = Child("kim", 3)
print(c.name, c.age, Child.tag, isinstance(c, Base), issubclass(Child, Base))
print(Child.__name__, Child.__qualname__, Child.__module__)

class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(repr(Outer())[:29] == "<__main__.Outer object at 0x")
print(Outer, Outer.Inner, type(Outer), type(type))

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["made_by"] = "Meta"
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.made_by, type(WithMeta).__name__)

class Explicit(A):
    def who(self):
        return ["E"] + super(Explicit, self).who()
print(Explicit().who())
try:
    A().missing
except AttributeError as e:
    print(e)
try:
    A.missing
except AttributeError as e:
    print(e)
