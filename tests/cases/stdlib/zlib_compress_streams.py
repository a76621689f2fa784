import zlib
data = b"hello hello hello world " * 50 + bytes(range(256))
for lvl in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lvl)
    print(lvl, len(c), c[:20].hex(), zlib.crc32(c), zlib.decompress(c) == data)
print(zlib.compress(b""), zlib.compress(b"abc", wbits=-15), zlib.compress(b"abc", wbits=31)[:3], zlib.compress(b"abc", level=9, wbits=9))
print(zlib.decompress(zlib.compress(b"abc", wbits=31), wbits=31), zlib.decompress(zlib.compress(b"abc", wbits=31), wbits=47), zlib.decompress(zlib.compress(b"xyz"), 0))
for bad, kw in [(b"not zlib", {}), (zlib.compress(data)[:-5], {}), (zlib.compress(data)[:10], {}), (b"", {}), (b"x\x9c\x00", {})]:
    try:
        zlib.decompress(bad, **kw)
    except zlib.error as e:
        print("error:", e)
for args in [(b"x", 10), (b"x", -2), (b"x", 6, 3)]:
    try:
        zlib.compress(*args)
    except zlib.error as e:
        print("error:", e)
try:
    zlib.compress("str")
except TypeError as e:
    print(e)
try:
    zlib.decompress(b"", bufsize=-1)
except ValueError as e:
    print(e)
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
parts = [co.compress(data[i:i+100]) for i in range(0, len(data), 100)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH)); parts.append(co.compress(b"tail")); parts.append(co.flush())
print([len(p) for p in parts], b"".join(parts).hex()[:60])
try:
    co.compress(b"more")
except zlib.error as e:
    print("after finish:", e)
print(co.flush(zlib.Z_NO_FLUSH))
d = zlib.decompressobj(-15)
stream = b"".join(parts)
out = d.decompress(stream[:50]) + d.decompress(stream[50:] + b"EXTRA")
print(out == data + b"tail", d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
comp = zlib.compress(data)
chunk = d.decompress(comp, 100)
print(len(chunk), len(d.unconsumed_tail), d.eof)
while d.unconsumed_tail:
    chunk += d.decompress(d.unconsumed_tail, 100)
print(chunk == data, d.eof, d.flush(), d.unused_data)
d2 = zlib.decompressobj()
print(d2.decompress(comp[:30]) == data[:0] or True, len(d2.flush()), d2.eof)
zd = b"hello world"
c = zlib.compressobj(zdict=zd); z = c.compress(b"hello world hello") + c.flush()
print(z.hex())
print(zlib.decompressobj(zdict=zd).decompress(z))
try:
    zlib.decompress(z)
except zlib.error as e:
    print(e)
try:
    zlib.decompressobj().decompress(z)
except zlib.error as e:
    print(e)
try:
    zlib.decompressobj().decompress(b"abc", -1)
except ValueError as e:
    print(e)
try:
    zlib.decompressobj(zdict="s")
except TypeError as e:
    print(e)
try:
    zlib.compressobj(level=42)
except ValueError as e:
    print(e)
c1 = zlib.compressobj(); c1.compress(b"abc"); c2 = c1.copy(); print(c1.flush() == c2.flush())
try:
    c1.copy()
except ValueError as e:
    print(e)
print(type(c1), type(d), zlib.adler32(b"abc"), zlib.adler32(b"abc", 5), zlib.crc32(b"abc", 5), zlib.adler32(b"x" * 10000))

print(zlib.decompress(zlib.compress(b"a" * 100000)) == b"a" * 100000, len(zlib.compress(bytes(1000000))))
gz = zlib.compressobj(wbits=31); g = gz.compress(b"gzip me") + gz.flush(); print(g[:4].hex(), zlib.decompress(g, 31))
try:
    zlib.decompressobj().flush(0)
except ValueError as e:
    print(e)
try:
    zlib.Compress()
except TypeError as e:
    print(e)
