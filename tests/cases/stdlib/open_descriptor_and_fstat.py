# open() takes a descriptor (and closefd=False leaves it open); a path-like's name is its string
import os, pathlib, stat, tempfile
for v in (2**40, -2**40, 2**70, -5, 999):
    try:
        open(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    open("x", closefd=False)
except ValueError as e:
    print("ValueError", e)
r, w = os.pipe()
f = open(w, "w", closefd=False)
print(f.name == w, f.mode)
f.write("hi")
f.close()
os.write(w, b"!")
os.close(w)
with open(r) as g:
    print(repr(g.read()), g.name == r, g.closed)
print(g.closed)
try:
    os.close(r)
except OSError as e:
    print("OSError", e.errno)
with tempfile.TemporaryDirectory() as d:
    p = pathlib.Path(d) / "n.txt"
    p.write_text("abc\n")
    with open(p) as f:
        print(type(f.name).__name__, f.name == str(p), repr(f).replace(d, "<d>"))
    with open(os.fsencode(str(p)), "rb") as f:
        print(type(f.name).__name__, f.read())
    fd = os.open(p, os.O_RDONLY)
    with open(fd, "rb") as f:
        print(f.read(), f.fileno() == fd)
    try:
        os.fstat(fd)
    except OSError as e:
        print("closed with the file:", e.errno)
    fd = os.open(p, os.O_RDONLY)
    f = open(fd, closefd=False)
    print(f.readline().strip())
    f.close()
    print(os.read(fd, 10))
    os.close(fd)
    try:
        open(fd, "rb")
    except OSError as e:
        print("OSError", e.errno, e.strerror)
    try:
        open(fd, "qq")
    except ValueError as e:
        print("ValueError", e)

r, w = os.pipe()
st = os.fstat(r)
print(stat.S_ISFIFO(st.st_mode), st.st_size, os.stat(w).st_nlink)
os.close(r); os.close(w)
for bad in (r, "x", 1.5):
    try:
        os.fstat(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
