# A subclass's reflected operator runs before the left operand's method only when the
# subclass overrides it; one inherited unchanged waits its turn (CPython's slot rule).
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print(f"{type(self).__name__}.__add__")
        return type(self)(self.v + getattr(o, "v", o))
    def __radd__(self, o):
        print(f"{type(self).__name__}.__radd__")
        return type(self)(getattr(o, "v", o) + self.v)
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

class Euro(Money):
    pass

class Dollar(Money):
    def __radd__(self, o):
        print("Dollar.__radd__ (overridden)")
        return Dollar(getattr(o, "v", o) + self.v)

class Yen(Money):
    __radd__ = Money.__radd__

print(Money(1) + Euro(2))
print(Money(1) + Dollar(2))
print(Money(1) + Yen(2))
print(Euro(1) + Money(2))
print(1 + Euro(2))

class Only:
    def __sub__(self, o):
        return NotImplemented
class Sub(Only):
    def __rsub__(self, o):
        return "Sub.__rsub__"
print(Only() - Sub())

class Cmp:
    def __lt__(self, o):
        print("Cmp.__lt__")
        return True
    def __gt__(self, o):
        print(f"{type(self).__name__}.__gt__")
        return False
class CmpSub(Cmp):
    pass
print(Cmp() < CmpSub())
