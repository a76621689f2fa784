# pprint: CPython 3.11's layout for dicts, lists, tuples, sets, long strings, collections, dataclasses.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {"name": "Alice", "age": 30, "languages": ["Python", "Rust", "Go", "JavaScript", "TypeScript", "C++"],
        "address": {"street": "123 Main St", "city": "Springfield", "zip": "12345", "country": "USA"},
        "scores": (98, 87, 92), "tags": {3, 1, 2}, 1: None}
data2 = {str(k): v for k, v in data.items()}
pprint.pprint(data2)
pprint.pprint(data2, width=40)
pprint.pprint(data2, sort_dicts=False, indent=4)
pprint.pp(data2, width=60)
print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True))
pprint.pprint([[1, 2, 3]] * 5, width=20)
pprint.pprint(("single",), width=5)
pprint.pprint({"k": "a long string " * 10})
pprint.pprint("word " * 30)
pprint.pprint(OrderedDict((str(i), i * 1000) for i in range(12)))
dd = defaultdict(list, {"x" * 20: [1, 2, 3], "y" * 20: list(range(15))})
pprint.pprint(dd)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(deque(range(30)))
pprint.pprint(frozenset(range(30)))
@dataclass
class Person:
    name: str
    email: str
    friends: list = field(default_factory=list)
pprint.pprint(Person("Bob", "bob@example.com", ["x" * 30, "y" * 30]))
pprint.pprint(Person("Bob", "b"))
nested = {"level1": {"level2": {"level3": {"level4": list(range(10))}}}}
pprint.pprint(nested, depth=2)
pprint.pprint(nested, width=30)
l = [1, 2]; l.append(l)
print(pprint.saferepr(l)[:25], pprint.isrecursive(l), pprint.isreadable([1, "a"]))
pprint.pprint({"a": 1, "b": [1, 2]}, width=1)
pprint.pprint(10 ** 30, underscore_numbers=True)
pprint.pprint([{"id": i, "value": f"item-{i}", "active": i % 2 == 0} for i in range(4)])
