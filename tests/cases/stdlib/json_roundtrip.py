import json
data = {'name': 'corio', 'n': [1, 2.5, -3e20, True, None, False], 'nested': {'k': 'v\n"q"', 'é': '✓ 𝄞'}, 'empty': [], 'e2': {}}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t', separators=(',', ':')))
print(json.dumps([1, (2, 3)], separators=(',', ':')), json.dumps({1: 2, 2.5: 3, None: 4, True: 5}), json.dumps(float('inf')))
print(json.dumps({'s': {1, 2}}, default=sorted), json.dumps('x'), json.dumps(12345678901234567890))
text = json.dumps(data)
print(json.loads(text) == data, json.loads('[1, 2.0, "a\\u00e9\\ud834\\udd1e", {"x": null}]'), json.loads(b'{"a": [true, false]}'), json.loads(' 7 '))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('1.5', parse_float=str), json.loads('[NaN, -Infinity]'))
for bad in ['', '{', '{"a" 1}', '[1 2]', '{"a": 1,}', '[1,]', '"abc', '{1: 2}', '[1] x', 'nul', '"\\x"', '\n\n  [tru]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for bad in [{'s': {1}}, {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(e)
