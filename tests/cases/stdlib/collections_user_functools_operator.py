# collections.UserDict/UserList/UserString, functools.partialmethod and the in-place and
# helper functions of operator.
import operator as op
from collections import UserDict, UserList, UserString
from functools import partialmethod


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = Lower({"A": 1}, B=2)
d["C"] = 3
print(d, len(d), d["a"], "b" in d, list(d), d.get("z", 0), dict(d), d | {"x": 1})
print(type(d.copy()).__name__, isinstance(d, dict))
try:
    d["q"]
except KeyError as e:
    print(repr(e))


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


print(Missing()["ab"], UserDict.fromkeys("ab", 0))
l = UserList([3, 1, 2])
l.append(0)
l.sort()
print(l, l[1:], type(l[1:]).__name__, l + [9], [8] + l, l * 2, len(l), 2 in l, l == [0, 1, 2, 3])
print(l.pop(), l.index(2))
l.extend(UserList([7]))
l += [6]
print(l, l.count(7), sorted(l, reverse=True), list(reversed(l)))
s = UserString("Hello")
print(s, repr(s), s.upper(), type(s.upper()).__name__, s + "!", len(s), s[1:3], "ell" in s)
print(s == "Hello", s.split("l"), s.startswith("H"), s.find("l"), s * 2, s < "World")
print(type(s.join("xy")).__name__, s.partition("l"))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)

x = [1]
print(op.iadd(x, [2]), x, op.isub(5, 2), op.imul(3, 3), op.ior({1}, {2}), op.iand(6, 3))
print(op.ixor(6, 3), op.ilshift(1, 4), op.irshift(16, 2), op.imod(7, 3), op.ifloordiv(7, 2))
print(op.itruediv(1, 4), op.ipow(2, 5), op.iconcat([1], (2,)), op.call(max, 1, 5))
print(op.indexOf("abc", "c"), op.countOf([1, 1, 2], 1), op.length_hint([1, 2]), op.length_hint(5, 7))
try:
    op.indexOf([1], 2)
except ValueError as e:
    print(e)
