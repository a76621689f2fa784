import pprint, dataclasses
@dataclasses.dataclass
class Point:
    x: int
    y: int
    tags: list
pprint.pprint(Point(1, 2, ["a" * 30, "b" * 30, "c" * 30]))
pprint.pprint([Point(i, i, []) for i in range(3)], width=40)
pprint.pprint({"key": "value " * 20}, width=50)
pprint.pprint(("tuple", "of", "strings") * 5)
pprint.pprint(b"bytes" * 30)
pprint.pprint(list(range(100)), width=60, compact=True)
pprint.pprint({"nested": {"deep": {"deeper": {"deepest": list(range(20))}}}}, indent=2)
print(pprint.pformat({"b": 1, "a": 2}, sort_dicts=False), pprint.pformat(frozenset({3, 1, 2})), pprint.pformat(range(10)))
pprint.pp({"z": 1, "a": [1, 2]})
class R:
    def __repr__(self): return "R()"
pprint.pprint([R()] * 30)
pprint.pprint(bytearray(b"\x00\xff" * 40))
pprint.pprint({"data": b"0123456789" * 10, "k": [b"ab" * 50]}, width=50)
