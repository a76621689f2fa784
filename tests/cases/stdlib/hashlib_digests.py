import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hashlib.new(name, b'hello')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    f = getattr(hashlib, name)(b'hello')
    assert f.digest() == h.digest()

h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest(), c.hexdigest())
print(hashlib.md5(b'abc').digest())
print(hashlib.sha1(bytearray(b'abc')).hexdigest(), hashlib.sha1(memoryview(b'abc')).hexdigest())
print(repr(hashlib.md5()).startswith('<md5 _hashlib.HASH object @ 0x'))
print(type(hashlib.md5()), type(hashlib.blake2b()))
print(hashlib.md5, hashlib.sha256.__name__)
print(hashlib.shake_128(b'a').hexdigest(4), hashlib.shake_256(b'a').digest(3))
print(hashlib.blake2b(b'a', digest_size=16).hexdigest(), hashlib.blake2s(digest_size=8).digest_size)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.new('SHA256', data=b'x').hexdigest())
print(hashlib.md5(string=b'x').hexdigest())
for f, a in [(hashlib.md5, ('abc',)), (hashlib.md5, (1,)), (hashlib.md5, (None,)), (hashlib.new, ('foo',)),
             (hashlib.new, (1,)), (hashlib.md5, (b'', b'')), (hashlib.sha256().update, ()),
             (hashlib.sha256().update, ('s',)), (hashlib.blake2b, ('x',)), (hashlib.blake2b, (1,)),
             (hashlib.shake_128().hexdigest, ()), (hashlib.md5().hexdigest, (1,)),
             (hashlib.blake2b, (b'',)), ]:
    try:
        f(*a)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
for kw in [{'data': b'x'}, {'foo': 1}]:
    try:
        hashlib.md5(**kw)
    except TypeError as e:
        print(e)
try:
    hashlib.blake2b(digest_size=65)
except ValueError as e:
    print(e)
import io
print(hashlib.file_digest(io.BytesIO(b'data'), 'sha1').hexdigest())
data = b''.join(bytes([i % 256]) * 100 for i in range(1000))
print(hashlib.sha256(data).hexdigest())
m = hashlib.md5()
for i in range(0, len(data), 4096):
    m.update(data[i:i+4096])
print(m.hexdigest() == hashlib.md5(data).hexdigest())
