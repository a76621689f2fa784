# tempfile.SpooledTemporaryFile: stays in memory until it passes max_size, fileno() is
# needed or rollover() is called; then it is a real file with the same contents and
# position.
import io
import os
import tempfile

with tempfile.SpooledTemporaryFile(max_size=10) as f:
    print(f._rolled, f.name, f.mode, f.write(b"12345"), f.tell(), f._rolled)
    f.write(b"678901")
    print(f._rolled, f.tell(), isinstance(f.name, int), f.mode)
    f.seek(2)
    print(f.read(3), f.readline(), f.tell())
    print(isinstance(f, io.IOBase), f.readable(), f.writable(), f.seekable())

f = tempfile.SpooledTemporaryFile(max_size=100, mode="w+", newline="")
print(f.encoding, f.errors, f.mode, f.newlines)
f.write("first line\r\nsecond\n")
f.writelines(["a\n", "b\n"])
f.seek(0)
print(f.readlines(), f._rolled, f.newlines)
fd = f.fileno()
print(f._rolled, isinstance(fd, int), f.tell())
f.seek(0)
print(f.read(5), list(f))
f.close()
print(f.closed)
try:
    with f:
        pass
except ValueError as e:
    print(e)

g = tempfile.SpooledTemporaryFile()
g.write(b"abc" * 1000)
print(g._rolled, g.tell())
g.truncate(10)
print(g._rolled)
g.truncate(20000)
print(g._rolled, os.fstat(g.fileno()).st_size)
g.rollover()
g.close()

h = tempfile.SpooledTemporaryFile(max_size=5, mode="w+b")
h.write(b"xy")
h.rollover()
h.rollover()
h.seek(0)
print(h._rolled, h.read(), h.flush(), h.isatty())
h.close()
print(tempfile.SpooledTemporaryFile[int])

# TemporaryFile itself: an unlinked file whose name is its descriptor
with tempfile.TemporaryFile() as t:
    t.write(b"data")
    t.seek(0)
    print(type(t).__name__, isinstance(t.name, int), t.mode, t.read())
with tempfile.TemporaryFile("w+", newline="") as t:
    print(type(t).__name__, t.encoding, t.mode, t.write("x\r\ny"), t.seek(0), t.readlines(), t.newlines)
