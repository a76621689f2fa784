# open(..., buffering=0) gives a FileIO; binary files report a normalized mode.
import os
import tempfile

p = os.path.join(tempfile.mkdtemp(), "blob.bin")
open(p, "wb").close()
show = lambda f: repr(f).replace(p, "<path>")
for m in ["rb", "r+b", "w+b", "ab", "a+b", "wb", "br", "r", "r+", "w+", "a+", "rt"]:
    with open(p, m) as f:
        print(m, "->", f.mode, type(f).__name__, show(f))
for m in ["wb", "ab", "rb", "r+b", "xb"]:
    if m == "xb":
        os.remove(p)
    f = open(p, m, buffering=0)
    print(m, "->", f.mode, type(f).__name__, show(f), f.closefd)
    if f.readable():
        buf = bytearray(4)
        print("  readinto:", f.readinto(buf), buf, "read:", f.read(2), "readall:", f.readall())
    if f.writable():
        print("  write:", f.write(b"data"), "tell:", f.tell())
    f.close()
    print("  closed:", show(f), f.closed)
fd = os.open(p, os.O_RDONLY)
with open(fd, "rb", buffering=0, closefd=False) as f:
    print(show(f).replace(str(fd), "<fd>"), f.read())
os.close(fd)
with open(p, "rb") as f:
    buf = bytearray(10)
    print(f.readinto(buf), buf)
try:
    open(p, "r", buffering=0)
except ValueError as e:
    print("ValueError:", e)
