# property: a writable __doc__, the getter's docstring, getter/setter/deleter copies,
# read-only accessors, __isabstractmethod__, and where a property subclass keeps its doc.
import abc


class Account:
    @property
    def balance(self):
        "The current balance."
        return self._balance

    @balance.setter
    def balance(self, value):
        self._balance = value


print(Account.balance.__doc__)
Account.balance.__doc__ = "Replaced docs."
print(Account.balance.__doc__)
del Account.balance.__doc__
print(Account.balance.__doc__)

acct = Account()
acct.balance = 10
print(acct.balance)


def getter(self):
    "getter doc"
    return 3


plain = property(getter)
print(plain.__doc__)
copy = plain.setter(lambda self, v: None)
print(copy.__doc__, copy.fget is getter, copy is plain)
print(plain.getter(lambda self: 1).__doc__)
explicit = property(getter, doc="explicit")
print(explicit.getter(lambda self: 1).__doc__, explicit.deleter(print).fdel is print)
for attr in ("fget", "fset", "fdel"):
    try:
        setattr(plain, attr, None)
    except AttributeError as e:
        print(attr, e)
try:
    del plain.fget
except AttributeError as e:
    print(e)


class Documented(property):
    "Documented subclass."


class Bare(property):
    pass


print(Documented(getter).__doc__, Documented(getter).__dict__)
print(Documented(getter, doc="given").__doc__, Bare(getter, doc="given").__doc__)
print(Bare(lambda self: 1).__dict__, Bare().__dict__)


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        ...


print(Shape.area.__isabstractmethod__, property(getter).__isabstractmethod__)
print(sorted(Shape.__abstractmethods__))


class Named(property):
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


class UsesNamed:
    size = Named(getter)


print(UsesNamed().size)
