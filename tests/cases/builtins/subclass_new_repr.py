# Subclasses of built-in types: an explicit `int.__new__(cls, ...)` in the subclass's own
# `__new__` returns an instance of the subclass, and the base type's repr is inherited.
class Flag(int):
    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def doubled(self):
        return int(self) * 2


class Name(str):
    def __new__(cls, text):
        return str.__new__(cls, text.upper())


class Plain(int):
    pass


class Bag(list):
    pass


f = Flag(21)
print(type(f).__name__, f, repr(f), f.doubled, f + 1, isinstance(f, int))
n = Name("abc")
print(type(n).__name__, n, repr(n), n.lower())
print(repr(Plain(3)), repr(Bag([1, 2])), type(Bag.__new__(Bag)).__name__)
print(type(float.__new__(type("F", (float,), {}), 1.5)).__name__, repr(type("T", (tuple,), {})((1, 2))))
