# StringIO and BytesIO: many appends, then reads, seeks, overwrites in the middle, writes past
# the end, truncation, and a bytearray changed after it was written.
import io

s = io.StringIO()
for i in range(20000):
    s.write(f"line {i}\n")
print(len(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(12)))
s.seek(5)
s.write("XYZ")
print(repr(s.getvalue()[:20]), s.tell())
s.seek(0, 2)
s.write("end")
print(repr(s.getvalue()[-12:]))
s.seek(len(s.getvalue()) + 3)
s.write("gap")
print(repr(s.getvalue()[-10:]))
s.truncate(10)
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write("more")
print(repr(s.getvalue()))
u = io.StringIO("abc")
u.seek(6)
u.write("far")  # past the end: the gap is filled with NULs
print(repr(u.getvalue()))
print("hello", "world", file=s)
print(repr(s.getvalue()))

t = io.StringIO("abc")
t.write("Z")
print(repr(t.getvalue()), t.tell())
t.seek(0, 2)
t.writelines(["1", "2", "3"])
print(repr(t.getvalue()), [line for line in io.StringIO("a\nb\nc")])

b = io.BytesIO(b"start:")
b.seek(0, 2)
buf = bytearray(b"mutable")
b.write(buf)
buf[0:1] = b"M"
for i in range(1000):
    b.write(b"%d," % i)
print(b.getvalue()[:30], len(b.getvalue()), b.tell())
print(bytes(b.getbuffer()[:6]))
b.seek(3)
print(b.read(5))
with io.StringIO() as w:
    w.write("x")
    print(w.getvalue())
print(w.closed)
try:
    w.write("y")
except ValueError as e:
    print(e)
