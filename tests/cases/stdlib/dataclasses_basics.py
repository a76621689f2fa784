from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(0), repr(p))
print(fields(p)[0].name, [f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=5), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), Version(1, 5)]), hash(v) == hash(Version(1, 2)))
try: v.major = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
@dataclass
class Inv:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    total: ClassVar[int] = 0
    def add(self, x): self.items.append(x); self.count += 1
i = Inv(); i.add('a')
print(i, Inv() == Inv(secret='x'), Inv.total, [f.name for f in fields(Inv)])
@dataclass
class C:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.b = self.a * scale
print(C(2, 3), C(4))
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
print(Derived(5), Derived(1, 2, 3))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e: print(e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
print(K2(1, b=3))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)), Point.__match_args__)
@dataclass
class Nested:
    p: Point
    ps: list
print(asdict(Nested(Point(1, 2), [Point(3, 4)])), astuple(Nested(Point(1, 2), [])))
print(Point.__eq__ is not None, Point.__hash__, Version.__hash__ is not None)
match Point(1, 5):
    case Point(1, y): print("matched y", y)
@dataclass(slots=True)
class S:
    a: int
print(S(1), S.__slots__)
print(Point.__init__.__qualname__, field(default=1).default)
