# `del obj.prop` on a property without a deleter, user descriptors with __delete__, and the
# `__doc__ = None` every class body without a docstring gets (no inheritance from bases).


class Account:
    def __init__(self):
        self._balance = 10

    @property
    def balance(self):
        return self._balance


a = Account()
try:
    del a.balance
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __get__(self, obj, owner=None):
        return 1

    def __set__(self, obj, value):
        print("set", value)

    def __delete__(self, obj):
        print("delete called")


class Holder:
    x = Logged()


h = Holder()
h.x = 5
del h.x
print(h.x)


class Base:
    """Base docs."""


class Child(Base):
    pass


class Plain:
    pass


print(Base.__doc__, Child.__doc__, Plain.__doc__, Plain.__dict__["__doc__"])
print(type("Dyn", (), {}).__doc__)
