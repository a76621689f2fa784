# Built-in functions, types and methods carry CPython's docstrings; a type's docstring is
# never inherited (a class without one has None, not object's).
print(len.__doc__)
print(print.__doc__)
print(int.__doc__)
print(str.upper.__doc__, "|", "abc".upper.__doc__)
print(list.append.__doc__, "|", [].append.__doc__)
print(dict.get.__doc__, "|", dict.fromkeys.__doc__)
print(object.__doc__)
print(repr(object.__init__.__doc__), repr(int.__add__.__doc__), repr(str.__len__.__doc__))
for t in [float, bool, bytes, tuple, set, frozenset, range, type, ValueError, KeyError, StopIteration]:
    print(t.__name__, repr(t.__doc__))
print(repr((5).__doc__[:20]), repr("x".__doc__[:10]), repr(None.__doc__), repr(True.__doc__[:10]))
print(repr(ValueError("x").__doc__), repr(BaseException.add_note.__doc__))


class MyInt(int):
    pass


class MyErr(ValueError):
    pass


class Documented:
    """Has a docstring."""


class Child(Documented):
    pass


print(MyInt.__doc__, MyInt(3).__doc__, MyErr.__doc__, MyErr().__doc__)
print(Documented.__doc__, Documented().__doc__, Child.__doc__, Child().__doc__)
print(repr(type("X", (), {}).__doc__), repr(type("Y", (), {"__doc__": "yy"}).__doc__))


def f():
    """A function docstring."""


print(f.__doc__, (lambda: 0).__doc__)
import math
# Not builtins.pow: a module's own function of the same name does not borrow its text.
print(math.pow.__doc__ == pow.__doc__)
print("__doc__" in dir(object), "__doc__" in dir(5))
