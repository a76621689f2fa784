# A dataclass field named like the class it is annotated with: the annotation then refers
# to the field itself, and its repr shows `type=...` instead of recursing.
from dataclasses import dataclass, field, fields
import inspect
import re


def clean(text):
    return re.sub(r" at 0x[0-9a-f]+", "", text)


class Config:
    pass


@dataclass
class App:
    Config: Config = field(default=None)
    name: str = "app"


f = App.__dataclass_fields__["Config"]
print(",type=...," in repr(f), f.type is f)
print(App(), clean(str(inspect.signature(App))))
rec = field()
rec.type = rec
rec.name = "id"
print(clean(repr(rec)))


@dataclass
class Node:
    value: int
    next: "Node" = None


n = Node(1)
n.next = n
print(n)
print([x.name for x in fields(Node)])
