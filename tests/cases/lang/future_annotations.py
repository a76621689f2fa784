"""PEP 563: with `from __future__ import annotations` every annotation is stored as its source
text, written as CPython unparses it; nothing in an annotation is evaluated."""
from __future__ import annotations
from __future__ import generator_stop, division
import typing
from dataclasses import dataclass, fields

def f(a: int, b: list[dict[str, int | None]], *args: tuple[int, ...], c: "Forward" = 1, **kw: Callable[[int, str], Awaitable[None]]) -> Optional[Node]:
    pass
print(f.__annotations__)

def g(x: 0x1F, y: -1.5, z: 1e400, w: 2j, v: b"by\n", u: 'it\'s', t: a.b.c[d], s: x[1:2, ::3], r: x[(1, 2)], q: x[()], p: (1, 2), o: (), n: [1, *rest], m: {1: 2, **d}, l: {1, 2}, k: lambda q, /, r=1, *s, t, **u: q, j: a if b else c, i: not a and b or c, gg: a < b <= c is not d, ff: -x ** -y, ee: (a + b) * c - d / e // f % g @ h, dd: a << b >> c & d ^ e | f, cc: f(x, *y, z=1, **w), bb: f(i for i in x), aa: [i async for i in x if i], zz: {k: v for k, v in x}, yy: {i for i in x}, xx: f"a{b!r:>{w}}c{{}}", ww: 1 .real, tt: x[1,], ss: ~x + +y, rr: (-1) ** 2, qq: 2 ** (-1), pp: True, oo: None, nn: ...):
    pass
for k, v in g.__annotations__.items():
    print(k, repr(v))

class Node:
    value: int
    children: list[Node] = []
    parent: Node | None
    def add(self, child: Node) -> Node:
        self.x: int = 5
        local: UndefinedName = 1
        return self
print(Node.__annotations__, Node.add.__annotations__)
print(typing.get_type_hints(Node.add))

@dataclass
class Point:
    x: float
    y: float = 0.0
    tags: list[str] | None = None
print(Point(1.5), [f.type for f in fields(Point)])
x: SomethingUndefined = 3
print(__annotations__)
import __future__
print(annotations, generator_stop)
