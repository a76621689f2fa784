# sys.getsizeof of instances: named tuples, tuple subclasses, __slots__ classes with and
# without a dict or weak references, container subclasses, as CPython 3.11 counts them.
import collections
import dataclasses
import enum
import sys

g = sys.getsizeof
Point3 = collections.namedtuple("Point3", "x y z")


class TupleSub(tuple):
    pass


class Plain:
    pass


class SlotsUnderDict(Plain):
    __slots__ = ("z",)


class WeakSlots:
    __slots__ = ("a", "__weakref__")


class DictSlots:
    __slots__ = ("a", "__dict__")


class TwoSlots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1
        self.y = 2


class Color(enum.Enum):
    RED = 1


class Level(enum.IntEnum):
    LOW = 1


@dataclasses.dataclass
class DC:
    x: int
    y: int


@dataclasses.dataclass(slots=True)
class DCSlots:
    x: int
    y: int


print("namedtuple:", g(Point3(1, 2, 3)), object.__sizeof__(Point3(1, 2, 3)))
print("tuple subclass:", g(TupleSub((1, 2))))
print("plain:", g(Plain()), "slots under dict:", g(SlotsUnderDict()))
print("weakref slots:", g(WeakSlots()), "dict slots:", g(DictSlots()), "two slots:", g(TwoSlots()))
print("enum:", g(Color.RED), g(Level.LOW))
print("dataclass:", g(DC(1, 2)), g(DCSlots(1, 2)))
print("Counter:", g(collections.Counter()), g(collections.Counter("abc")))
print("defaultdict:", g(collections.defaultdict(list)), g(collections.defaultdict(int, a=1)))
print("deque:", g(collections.deque()), g(collections.deque(range(100))))
print("sorted:", g(sorted(range(5))), g(sorted("hello")), g(sorted({3, 1, 2})), g(sorted([5, 4, 3])))
