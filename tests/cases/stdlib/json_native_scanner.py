import json
docs = ['{"a": 1, "b": [1, 2.5, -3e2, 1E+2, 0.5e-1, -0, 12345678901234567890123], "c": null, "d": true, "e": false}',
        '', ' ', '[', '[1,]', '{"a" 1}', '{"a":1,}', '{1: 2}', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '[1] x', '01', '-', '1.', '1e', '.5',
        '"a\nb"', 'tru', '{"a":1 "b":2}', '[1 2]', '\u00e9', '"é\\q"', '{"é": [1, "ü"] , }', '  {"k": "v"}  extra', '[1, 2, 3] ', '1.5e999']
for d in docs:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print("ERR", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('[1.5, 2]', parse_float=lambda t: "F" + t, parse_int=lambda t: "I" + t))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[NaN]', parse_constant=lambda c: "C" + c))
print(json.loads('"a\tb"', strict=False))
print(json.loads(b'{"x": [1, 2]}'))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
try:
    json.JSONDecoder().raw_decode(' 1')
except json.JSONDecodeError as e:
    print("ERR", e)
print(json.loads('{"a":\n  [1,\n   2,\n   x]}'.replace("x", "3")))
try:
    json.loads('{"a":\n  [1,\n   2,\n   x]}')
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"k": "é\u2028\U0001f600\x01\x7f", "q": 'a"b\\c\n'}), json.dumps("é\x01", ensure_ascii=False))
print(json.loads(json.dumps(["\U0001f600", "x"])))
import decimal
print(json.loads("[1.1, 10]", parse_float=decimal.Decimal))
print(json.loads("123456789012345678"), json.loads("-1234567890123456789"), json.loads("1" * 30))
try:
    json.loads("1" * 5000)
except ValueError as e:
    print(e)
