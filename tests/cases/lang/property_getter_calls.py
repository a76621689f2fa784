# Property getters run as ordinary calls: their frames appear in tracebacks, they see the
# instance, a class-level change of the property is seen at once, and an AttributeError
# from a getter reaches __getattr__ as in CPython.
import traceback


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @property
    def kelvin(self):
        if self._c < -273.15:
            raise ValueError("below absolute zero")
        return self._c + 273.15


t = Temperature(25)
print([Temperature(c).fahrenheit for c in (0, 37, 100)], t.kelvin)
try:
    Temperature(-300).kelvin
except ValueError:
    traceback.print_exc()

Temperature.fahrenheit = property(lambda self: "patched")
print(t.fahrenheit)


class Lazy:
    @property
    def missing(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return f"fallback for {name}"


print(Lazy().missing)


class Counter:
    calls = 0

    @property
    def value(self):
        Counter.calls += 1
        return Counter.calls


c = Counter()
print(sum(c.value for _ in range(1000)), Counter.calls)


class Recursive:
    @property
    def deep(self):
        return self.deep


try:
    Recursive().deep
except RecursionError as e:
    print("RecursionError:", e)


class Base:
    @property
    def name(self):
        return type(self).__name__.lower()


class Child(Base):
    pass


print(Child().name, Base().name)
