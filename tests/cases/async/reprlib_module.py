# reprlib: the module-level repr, a configured Repr, subclass hooks, recursive_repr.
import reprlib
from collections import deque

print(reprlib.repr(list(range(20))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr("x" * 100))
print(reprlib.repr("a'b" * 20))
print(reprlib.repr(2 ** 200))
print(reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr({}), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset("abcdefgh")))
print(reprlib.repr(deque(range(10))))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}))


class Big:
    def __repr__(self):
        return "<Big " + "z" * 50 + ">"


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(reprlib.repr(Big()))
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))
print(reprlib.repr(3.25), reprlib.repr(None), reprlib.repr(b"bytes"))

r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 1
r.fillvalue = "<+>"
print(r.repr([1, 2, 3, 4]), r.repr("abcdefghijklmnop"), r.repr([[1, 2], [3]]))
print(r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque, r.maxarray, r.maxlong, r.maxother, r.maxtuple)


class MyRepr(reprlib.Repr):
    def repr_Big(self, obj, level):
        return "<big one>"


print(MyRepr().repr([Big(), Big()]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"


n = Node("root")
n.children.append(n)
n.children.append(Node("leaf"))
print(repr(n))


class Other(list):
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        """Docstring kept."""
        return "Other(" + ", ".join(repr(x) for x in self) + ")"


o = Other([1])
o.append(o)
print(repr(o), Other.__repr__.__name__, Other.__repr__.__doc__, Other.__repr__.__qualname__)
