import json, enum, collections, decimal
class Color(enum.IntEnum):
    RED = 1
class S(str): pass
class F(float): pass
class L(list): pass
class D(dict): pass
data = {"a": [1, 2.5, None, True, False, "x\ny", (3, 4)], "b": {"c": {}, "d": []}, 3: "int", 2.5: "f", True: "t", None: "n",
        "e": Color.RED, "s": S("sub"), "f": F(1.25), "l": L([1, 2]), "dd": D(z=1), "big": 10**30, "neg": -0.0, "exp": 1e300, "small": 1e-7,
        "od": collections.OrderedDict([("q", 1), ("p", 2)]), "uni": "é日\U0001f600"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", "=")))
print(json.dumps(data, indent=0))
print(json.dumps([[], {}, [[]], {"k": {}}], indent=3))
print(json.dumps({"b": 1, "a": [2, {"d": 1, "c": 2}]}, sort_keys=True, indent=1))
for bad in [{"x": {1, 2}}, {(1, 2): 3}, [float("nan")], {"k": object()}]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
d = {}; d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, decimal.Decimal):
            return str(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}, "d": decimal.Decimal("1.10")}, cls=Enc))
print(json.dumps({"s": {3, 1}}, default=list))
print(json.dumps("plain"), json.dumps(5), json.dumps(None), json.dumps(1.0))
print("".join(json.JSONEncoder(indent=1).iterencode({"a": [1]})))
x = [1]
print(json.dumps([x, x]))
try:
    json.dumps([1], indent=1.5)
except TypeError as e:
    print(e)
deep = []
cur = deep
for _ in range(5000):
    cur.append([]); cur = cur[0]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
import io
buf = io.StringIO(); json.dump({"z": [1, 2]}, buf, indent=2); print(buf.getvalue())
print(json.dumps(10**5000 if False else 12))
