# mmap over a regular file: reading, slicing, searching, writing through to the file,
# read-only and copy-on-write maps, anonymous maps, resize, and CPython's errors.
import mmap
import os
import tempfile

def attempt(label, call):
    try:
        result = call()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

tmpdir = tempfile.mkdtemp()
path = os.path.join(tmpdir, "data.bin")
with open(path, "wb") as f:
    f.write(b"hello world\nsecond line\nthird\n")

with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
    print(len(m), m.size(), m[0], m[-1], m[:5], m[6:11], m[::5], m.tell())
    print(m.readline(), m.tell(), m.read(6), m.read_byte(), m.read())
    m.seek(0)
    print(m.find(b"line"), m.find(b"o", 5), m.rfind(b"o"), m.find(b"zz"), m.find(b"l", -6, -1))
    m.seek(3)
    print(m.find(b"l"), m.find(b"h"))
    m[0] = ord("H")
    m[6:11] = b"WORLD"
    m.seek(0, 2)
    print(m.tell())
    m.seek(-6, 2)
    print(m.write(b"THIRD"), m.tell())
    m.flush()
    m.move(0, 6, 5)
    print(bytes(m)[:12], list(m)[:3], b"W" in m)
    attempt("index out of range", lambda: m[100])
    attempt("str index", lambda: m["a"])
    attempt("byte too big", lambda: m.__setitem__(0, 300))
    attempt("bytes as item", lambda: m.__setitem__(0, b"x"))
    attempt("wrong slice size", lambda: m.__setitem__(slice(0, 2), b"x"))
    attempt("delete", lambda: m.__delitem__(0))
    attempt("seek past end", lambda: m.seek(100))
    attempt("seek whence", lambda: m.seek(0, 5))
    attempt("write too much", lambda: m.write(b"x" * 100))
    attempt("flush range", lambda: m.flush(0, 1000))
    attempt("move range", lambda: m.move(0, 1, 100))
    m.seek(0, 2)
    attempt("read_byte at end", m.read_byte)
    attempt("write_byte at end", lambda: m.write_byte(1))
    attempt("write str", lambda: m.write("text"))
    m.close()
    m.close()
    print(m.closed)
    attempt("len closed", lambda: len(m))
    attempt("read closed", m.read)

with open(path, "rb") as f:
    print(f.read())

# read-only and copy-on-write
with open(path, "r+b") as f:
    ro = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    attempt("write to read-only", lambda: ro.write(b"x"))
    attempt("set in read-only", lambda: ro.__setitem__(0, 65))
    attempt("resize read-only", lambda: ro.resize(4))
    cow = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    cow[:5] = b"local"
    print(cow[:5], ro[:5])
    ro.close(); cow.close()
    with mmap.mmap(f.fileno(), 5, offset=0) as part:
        print(len(part), part[:], part.closed)
    print(part.closed)
    attempt("access and prot", lambda: mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ, prot=mmap.PROT_READ))
    attempt("negative length", lambda: mmap.mmap(f.fileno(), -1))
    attempt("too long", lambda: mmap.mmap(f.fileno(), 1000))
    attempt("offset past end", lambda: mmap.mmap(f.fileno(), 0, offset=4096))
    attempt("bad access", lambda: mmap.mmap(f.fileno(), 0, access=7))
    attempt("negative offset", lambda: mmap.mmap(f.fileno(), 10, offset=-1))
    attempt("pickle", lambda: __import__("pickle").dumps(mmap.mmap(f.fileno(), 0)))

# resize grows the file
with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
    m.resize(40)
    m[30:40] = b"0123456789"
    print(len(m), m.size(), os.path.getsize(path))
    m.close()

empty = os.path.join(tmpdir, "empty.bin")
open(empty, "wb").close()
with open(empty, "r+b") as f:
    attempt("empty file", lambda: mmap.mmap(f.fileno(), 0))

# anonymous memory
anon = mmap.mmap(-1, 16)
print(anon.write(b"abc"), anon[:4], anon.tell())
anon.resize(20)
print(len(anon))
attempt("anonymous size", anon.size)
attempt("zero-length anonymous", lambda: mmap.mmap(-1, 0))
print(mmap.PAGESIZE, mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.error is OSError)

os.remove(path)
os.remove(empty)
os.rmdir(tmpdir)
