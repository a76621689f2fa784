# type.__annotations__ (3.10+): a class's own annotations, an empty dict stored on first
# access for a class without any; never a base class's.
class Plain:
    pass


class Annotated:
    x: int
    y: "str" = "a"


class Child(Annotated):
    pass


print(Plain.__annotations__, "__annotations__" in Plain.__dict__)
print(Annotated.__annotations__)
print(Child.__annotations__, Annotated.__annotations__)
Plain.__annotations__["z"] = float
print(Plain.__annotations__)
print(Child().__annotations__ if hasattr(Child(), "__annotations__") else "instance: none")
try:
    int.__annotations__
except AttributeError as e:
    print(e)
del Plain.__annotations__
print("__annotations__" in Plain.__dict__, Plain.__annotations__)


def func(a: int) -> str:
    pass


print(func.__annotations__, (lambda: 0).__annotations__)
import dataclasses


@dataclasses.dataclass
class Point(Annotated):
    z: float = 0.0


print(Point(1), [f.name for f in dataclasses.fields(Point)])
