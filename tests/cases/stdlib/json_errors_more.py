import json
for bad in ['"a\nb"', '"\\x"', '"\\u12"', '[1, 2', '{"a": }', '{1: 2}', '[,]', 'tru', '01', '1.', '-', '[1]]', '{"a":1} x', '[1,\n2,\n]', '  ', '{"a":1,"b"}', '123abc', '[true, fals]', '"abc\\', 'Infinity x', '{"a":"b",}']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, "|", e)
print(json.dumps({"a": [], "b": {}, "c": [{}]}, indent=2))
print(json.dumps([1, "a", None], indent=None, separators=(", ", ": ")), json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0))
try: json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e: print(e)
print(json.dumps("\x00\x1f\x7f\u00ff"), json.dumps("\u00e9", ensure_ascii=False), json.dumps(1.0), json.dumps(-0.0), json.dumps(1e-7), json.dumps(123456789.123456789))
print(json.loads('"\\ud83d\\ude00"'), json.loads('1E400'), json.loads('-1e-400'), json.loads(' [ 1 , { "a" : null } ] '))
import enum
class C(enum.IntEnum): A = 1
print(json.dumps(C.A), json.dumps({C.A: "x"}), json.dumps([(1, 2)]), json.dumps({"t": (1,)}))
print(json.JSONEncoder(indent=2).encode({"x": [1]}), "".join(json.JSONEncoder().iterencode([1, 2])))
d = json.JSONDecoder(); print(d.decode('{"a": 1}'), d.raw_decode('[1] rest'))
print(json.loads('{"a": 1}', object_pairs_hook=lambda p: {k.upper(): v for k, v in p}), json.loads("[1, 2.0]", parse_int=str, parse_float=lambda s: "f" + s), json.loads("NaN", parse_constant=lambda c: c))
class O:
    def __init__(self): self.x = 1
print(json.dumps(O(), default=lambda o: o.__dict__), json.dumps({"a": 1}, skipkeys=True), json.dumps({(1,): 1, "b": 2}, skipkeys=True))
