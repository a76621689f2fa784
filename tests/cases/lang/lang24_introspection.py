# Introspection corners: breakpoint(), ABC internals, traceback frames, code constants and
# the sizes of instance dicts (CPython 3.11's key-sharing dicts).
import abc
import os
import sys

# breakpoint() calls sys.breakpointhook, which reads PYTHONBREAKPOINT.
os.environ["PYTHONBREAKPOINT"] = "0"
print("disabled:", breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("hook", "is", "print", sep="-")
os.environ["PYTHONBREAKPOINT"] = "json.dumps"
print("json:", breakpoint([1, 2]))
os.environ["PYTHONBREAKPOINT"] = "no_such_module.hook"
print("unimportable:", breakpoint())


def myhook(*args, **kwargs):
    print("myhook", args, kwargs)
    return "result"


sys.breakpointhook = myhook
print(breakpoint(1, x=2))
sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
sys.breakpointhook = sys.__breakpointhook__


# An ABC keeps its registry and caches out of sight.
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return 4


print([n for n in dir(Square) if "abc" in n])
print(sorted(k for k in vars(Shape) if k.startswith("_abc")))
Shape.register(int)
print(isinstance(3, Shape), issubclass(str, Shape), isinstance(Square(), Shape))


# Traceback entries keep one frame object each.
def inner():
    value = 42
    raise ValueError(value)


def outer():
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_frame is tb.tb_frame, tb.tb_frame is e.__traceback__.tb_frame)
    last = tb.tb_next.tb_next
    print(last.tb_frame is e.__traceback__.tb_next.tb_next.tb_frame)
    print(last.tb_frame.f_back is tb.tb_next.tb_frame, last.tb_frame.f_locals)
    print(tb.tb_next.tb_frame.f_code.co_name, last.tb_frame.f_code.co_name)


# Code constants: the docstring (or None) first.
def add_one(a):
    return a + 1


def nested(x):
    if x > 10:
        return "big"
    return (1, 2, 3)


print(add_one.__code__.co_consts, nested.__code__.co_consts)


# Instance dicts share their class's keys table: one instance, then more.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


class Wide:
    def __init__(self):
        for i in range(35):
            setattr(self, f"a{i}", i)


class Tagged(dict):
    pass


p = Point(1, 2)
print("one point:", sys.getsizeof(p.__dict__), sys.getsizeof(vars(p)))
others = [Point(i, i) for i in range(5)]
print("six points:", sys.getsizeof(p.__dict__), sys.getsizeof(others[0].__dict__))
many = [Point(i, i) for i in range(100)]
print("many points:", sys.getsizeof(many[-1].__dict__))
print("empty:", sys.getsizeof(Empty().__dict__))
print("wide:", sys.getsizeof(Wide().__dict__))
t = Tagged()
t.label = "x"
print("dict subclass:", sys.getsizeof(t.__dict__))
print("plain dicts:", sys.getsizeof({}), sys.getsizeof({"x": 1, "y": 2}))


# An instance counts for its class's shared keys from its creation, even when its dict is
# first filled through `__dict__` (copy.copy) or only asked for.
import copy


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt


head = None
for i in range(10):
    head = Node(i, head)
print("nodes:", sys.getsizeof(head.__dict__), sys.getsizeof(copy.copy(head).__dict__))


class Bare:
    pass


first = Bare()
first.x = 1
second = Bare()
print("bare:", sys.getsizeof(second.__dict__), sys.getsizeof(first.__dict__))
second.y = 2
print("bare after store:", sys.getsizeof(second.__dict__), sys.getsizeof(first.__dict__))
