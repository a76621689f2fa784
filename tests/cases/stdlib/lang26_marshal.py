import marshal, io
values = [None, True, False, 1, -5, 2**40, -2**70, 1.5, 'abc', 'é', 'hello world', b'xy', (1, 2), [1, 'a'], {'k': 1}, {1}, frozenset([2]), 3+4j, ('a', 'a'), [[], []], 2**100, (), [], {}, ..., 'x' * 300, tuple(range(3))]
for v in values:
    data = marshal.dumps(v)
    print(repr(v)[:40], data[:60], marshal.loads(data) == v)
print(marshal.version, marshal.dumps([1, 2], 2), marshal.dumps(('ab', 'ab'), 2), marshal.loads(marshal.dumps([1, 2], 2)))
for bad in [object(), [object()]]:
    try: marshal.dumps(bad)
    except ValueError as e: print(e)
for data in [b'\xff', b'', b'i\x01']:
    try: marshal.loads(data)
    except Exception as e: print(type(e).__name__, e)
buf = io.BytesIO(); marshal.dump({"a": [1, 2]}, buf); marshal.dump("second", buf); buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
