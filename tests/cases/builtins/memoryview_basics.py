# memoryview over bytes and bytearray: indexing, slicing (views share memory), writes through
# to a bytearray, read-only errors, release, equality and hashing.
m = memoryview(b"abcdef")
print(type(m), m.obj, m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), bytes(m[::-1]), m.hex(), len(m[2:]))
print(m == b"abcdef", m[:2] == memoryview(b"ab"), m == "abcdef", hash(m) == hash(b"abcdef"))
print(list(m[:3]), bytearray(m[3:]), isinstance(m, memoryview), memoryview(m).tobytes())
for bad in [lambda: m.__setitem__(0, 1), lambda: memoryview("text"), lambda: m[10], lambda: memoryview(5)]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
buf = bytearray(b"hello world")
view = memoryview(buf)
view[0] = ord("H")
view[6:11] = b"WORLD"
sub = view[6:]
sub[0] = ord("w")
print(buf, view.readonly, sub.tobytes())
for bad in [lambda: view.__setitem__(0, 300), lambda: view.__setitem__(slice(0, 2), b"x"), lambda: hash(view)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm[0]
except ValueError as e:
    print(e)
m.release()
try:
    len(m)
except ValueError as e:
    print(e)
