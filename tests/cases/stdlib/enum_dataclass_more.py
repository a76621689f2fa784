import enum, dataclasses
from enum import Enum, auto, IntEnum, Flag
class Weekday(Enum):
    MONDAY = 1; TUESDAY = 2; WEDNESDAY = 3
    @property
    def is_start(self): return self is Weekday.MONDAY
    def __str__(self): return self.name.title()
print(Weekday.MONDAY, Weekday.MONDAY.is_start, f"{Weekday.TUESDAY}", repr(Weekday.TUESDAY), [d.value for d in Weekday][::-1])
print(Weekday._member_names_, Weekday._value2member_map_, Weekday.MONDAY._name_, Weekday.MONDAY._value_)
class Color(Enum):
    RED = auto(); GREEN = auto()
    @classmethod
    def _missing_(cls, value):
        return cls.RED if value == "r" else None
print(Color("r"), Color.GREEN.value)
try: Color("x")
except ValueError as e: print(e)
class Shape(Enum):
    SQUARE = 2; DIAMOND = 1; CIRCLE = 3; ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape), Shape(2).name, len(Shape.__members__))
class Ord(IntEnum):
    LOW = 1; HIGH = 10
print(Ord.LOW < Ord.HIGH, Ord.HIGH * 2, Ord(10), max(Ord), Ord.LOW.__class__.__mro__[1:3], isinstance(Ord.LOW, int), "%d" % Ord.HIGH, "{}".format(Ord.HIGH), str(Ord.HIGH))
class Perm(Flag):
    R = 4; W = 2; X = 1; RWX = 7
print(Perm.RWX, repr(Perm.R | Perm.X), Perm(3), Perm.RWX.value, [p.name for p in Perm], Perm.R in Perm.RWX, Perm(0), (Perm.R | Perm.W).name)
try: Perm(8)
except ValueError as e: print(e)
class E(enum.Enum):
    A = "a"
    B = "b"
print(E("a"), E["B"], E.A == "a", E.A.value == "a", {E.A: 1}[E.A], E.__members__.keys(), sorted(E, key=lambda e: e.value, reverse=True))
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class Ext(Color): X = 1
except TypeError as e: print(e)
print(type(Color), Color.__name__, Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.RED), Color.RED != Color.GREEN)
@dataclasses.dataclass
class Inv:
    name: str
    price: float
    qty: int = 0
    init_only: dataclasses.InitVar[int] = 1
    def __post_init__(self, init_only): self.total = self.price * self.qty * init_only
i = Inv("w", 2.5, 4, 2); print(i, i.total, Inv.__match_args__, dataclasses.fields(Inv)[0].name)
match i:
    case Inv(name, price): print("matched", name, price)
@dataclasses.dataclass(repr=False, unsafe_hash=True)
class H:
    a: int
    b: list = dataclasses.field(default_factory=list, compare=False, hash=False)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, [5]))
print(dataclasses.asdict(Inv("z", 1.0)), dataclasses.astuple(Inv("z", 1.0, 3)))
D = dataclasses.make_dataclass("D", ["x", ("y", int, dataclasses.field(default=5))]); print(D(1), D.__dataclass_fields__.keys())
try: dataclasses.asdict(5)
except TypeError as e: print(e)
@dataclasses.dataclass
class Node:
    val: int
    children: list["Node"] = dataclasses.field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])]); print(n); print(dataclasses.asdict(n))
@dataclasses.dataclass(frozen=True)
class Pt:
    x: int; y: int
    def moved(self, dx): return dataclasses.replace(self, x=self.x + dx)
print(Pt(1, 2).moved(3), {Pt(1, 2), Pt(1, 2)})
try: Pt(1, 2).z = 5
except dataclasses.FrozenInstanceError as e: print(e)
try: dataclasses.replace(Pt(1, 2), z=3)
except TypeError as e: print(e)
