# The special methods of the built-in types called explicitly (often through super() in a
# subclass): rich comparisons, __hash__, __format__, __reversed__, and slot-wrapper arity.

class MyInt(int):
    def __eq__(self, other):
        print("MyInt.__eq__")
        return super().__eq__(other)
    __hash__ = int.__hash__

print(MyInt(3) == 3, MyInt(3) == 4)
print(MyInt(3) != 4)  # int's own __ne__ decides: no call to __eq__

class Lower(str):
    def __eq__(self, other):
        return super().__eq__(other.lower() if isinstance(other, str) else other)
    def __hash__(self):
        return super().__hash__()

print(Lower("ab") == "AB", Lower("ab") == "cd", Lower("ab") == 1)
print(hash(Lower("ab")) == hash("ab"), {Lower("ab"): 1}.get("ab"))

class Meters(float):
    def __format__(self, spec):
        return super().__format__(spec) + " m"

print(f"{Meters(2.5):.2f}", format(Meters(1), ""), "{:>8.1f}".format(Meters(3)))

class Always:
    def __eq__(self, other):
        return True

# object.__ne__ inverts the reflected __eq__ too.
print(1 != Always(), "x" != Always(), None != Always(), [1] != Always())

print((5).__eq__(5), (5).__eq__(6), (5).__eq__(5.0), (1.5).__eq__(1), True.__eq__(1))
print("a".__lt__("b"), "a".__eq__(1), [1].__eq__([1]), (1,).__lt__((2,)), {1: 2}.__eq__({1: 2}))
print({1}.__le__(frozenset({1, 2})), b"a".__eq__(bytearray(b"a")), range(3).__eq__(range(0, 3)))
print((1j).__eq__(1j), (1j).__lt__(2j), (1j).__eq__(0), {1: 2}.__lt__({}), None.__eq__(None), None.__eq__(1))
print(object().__ne__(1), object().__lt__(1), int.__ne__(1, 2), str.__ge__("b", "a"))

print(complex.__add__(1j, 2), (1j).__mul__(2), (2).__pow__(3), (2).__pow__(3, 5), (2.0).__rpow__(3))
print(bytearray(b"a").__add__(b"b"), bytearray(b"ab").__mul__(2), bytearray(b"%d").__mod__(5))
print(list(range(5).__reversed__()), list([1, 2].__reversed__()), list({1: 2, 3: 4}.__reversed__()))
print(range(0).__bool__(), None.__bool__(), None.__repr__(), (5).__format__("03d"), (0.5).__format__(".0%"))
print(hash(range(0)) == hash((0, None, None)), hash(range(1, 2)) == hash((1, 1, None)), hash(range(0, 10, 2)) == hash((5, 0, 2)))
print((7).__hash__() == hash(7), (2.5).__hash__() == hash(2.5), (1, 2).__hash__() == hash((1, 2)))

for call in [
    lambda: [].__len__(1),
    lambda: (1).__add__(),
    lambda: "ab".__mul__(),
    lambda: "ab".__mul__("x"),
    lambda: [1].__mul__(1.5),
    lambda: [].__setitem__(0),
    lambda: (2).__pow__(),
    lambda: (2).__pow__(1, 2, 3),
    lambda: {}.__getitem__(),
    lambda: {1}.__contains__(),
    lambda: (1).__format__(),
    lambda: [].__format__(1),
    lambda: [].__format__(None),
    lambda: (1.5).__format__("x", "y"),
    lambda: "s".__format__(None),
    lambda: (1).__round__(1, 2),
    lambda: (1).__ceil__(1),
    lambda: [].__len__(x=1),
    lambda: (1).__add__(other=1),
    lambda: [].__reversed__(1),
    lambda: {1}.__repr__(1),
    lambda: (1).__hash__(1),
]:
    try:
        print(call())
    except TypeError as e:
        print(f"TypeError: {e!r}")
