# A memoryview is a buffer wherever bytes are taken: concatenation, join, find/startswith,
# bytearray(), str(view, encoding), BytesIO.write, struct.pack_into, hashlib/zlib/base64.
m = memoryview(b'xy')
for e in ["b'a' + m", "bytearray(b'a') + m", "b'-'.join([m, b'z'])", "bytearray(m)", "bytes(m)", "b'xy' == m", "m == b'xy'", "b'axyb'.find(m)", "b'xyz'.startswith(m)", "bytearray(b'q').extend(m)", "m in [b'xy']", "b'xy' in [m]", "bytearray(b'ab')[0:1] == m[0:1]", "b'%s' % m", "str(m, 'ascii')", "m.tobytes().decode()", "bytes(m).decode()", "b'xy'.replace(m, b'Z')", "len(b'abc' + memoryview(bytearray(b'de')))"]:
    try: print(e, "->", eval(e))
    except Exception as x: print(e, "->", type(x).__name__, x)
import struct, hashlib, zlib, base64, io
buf = bytearray(8)
mv = memoryview(buf).cast('H')
struct.pack_into('<H', mv, 2, 513); print(buf, mv.tolist())
print(hashlib.md5(memoryview(b'abc').cast('c')).hexdigest(), zlib.crc32(memoryview(b'abcd').cast('H')), base64.b64encode(memoryview(b'abcd').cast('H')))
f = io.BytesIO(); f.write(memoryview(b'abcd').cast('H')); print(f.getvalue())
print(bytes(memoryview(bytearray(b'abcdef'))[::2]), bytearray(memoryview(b'abcdef')[1::2]))
arr = memoryview(bytearray(struct.pack('4i', 1, 2, 3, 4))).cast('i')
arr[0] = -7; arr[1:3] = memoryview(struct.pack('2i', 20, 30)).cast('i'); print(arr.tolist(), sum(arr), max(arr), list(reversed(arr)) if hasattr(arr, '__reversed__') else sorted(arr))
g = memoryview(bytearray(range(6))).cast('B', (2, 3)); g[1, 2] = 99; print(g.tolist(), g[1, 2], g[-1, 0], g[1:].tolist(), g[1:].shape)
with memoryview(b'xyz') as m: print(m.tobytes())
try: m.tobytes()
except ValueError as e: print(e)
try: b'a' + m
except ValueError as e: print(e)
