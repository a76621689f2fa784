import json
e = json.JSONEncoder()
print(list(e.iterencode({"a": [1, 2.5, None, True], "b": {"c": "x"}})))
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1, 2], "b": {}})))
print(list(e.iterencode([])))
print(list(e.iterencode("s")))
print(list(e.iterencode(1.5)))
print(json.dumps({"k": float("nan")}))
try:
    json.dumps({"k": float("nan")}, allow_nan=False)
except ValueError as ex:
    print(ex)
try:
    json.dumps({(1,2): 3})
except TypeError as ex:
    print(ex)
try:
    json.dumps(object())
except TypeError as ex:
    print(ex)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as ex:
    print(ex, ex.pos, ex.lineno, ex.colno)
try:
    json.loads('[1, 2')
except json.JSONDecodeError as ex:
    print(ex)
print(json.dumps({"b": 1, "a": [1, {"z": None}]}, sort_keys=True, indent=4, separators=(",", ": ")))
print(json.dumps("héllo\u2028"), json.dumps("héllo", ensure_ascii=False))
print(json.loads('{"a": 1.0e3, "b": -0, "c": 1E400}'))
print(json.loads('"\\ud83d\\ude00"'))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3,1,2}}, cls=E))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
from decimal import Decimal
print(json.loads('1.1', parse_float=Decimal))
print(json.dumps([1, 2], indent="\t"))
print(json.dumps({1: 2, True: 3, None: 4, 2.5: 1}))
class R(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for c in super().iterencode(o, _one_shot):
            yield c.upper()
print(json.dumps({"a": "b"}, cls=R))
print(list(json.JSONEncoder(sort_keys=True, indent=1).iterencode({"b": [[], {}, [1, [2]]], "a": (1,)})))
print(list(json.JSONEncoder(skipkeys=True).iterencode({(1,): 2, "x": 1, 3.5: 1, None: 2})))
try:
    list(json.JSONEncoder(allow_nan=False).iterencode([float("inf")]))
except ValueError as ex: print(ex)
a = []; a.append(a)
try: list(json.JSONEncoder().iterencode(a))
except ValueError as ex: print(ex)
try: json.dumps(a)
except ValueError as ex: print(ex)
import enum
class C(enum.IntEnum):
    A = 1
print(list(json.JSONEncoder().iterencode([C.A, {C.A: C.A}])), json.dumps([C.A, {C.A: 2}]))
