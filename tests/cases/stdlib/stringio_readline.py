import io
s = io.StringIO("ab\ncd\n\nlast")
print(s.readline(), repr(s.read(1)), repr(s.readline()), repr(s.readline()), list(s), repr(s.readline()))
s.seek(1); print(repr(s.readline(1)), repr(s.readline()), s.tell())
s.seek(0); s.write("XY"); print(repr(s.getvalue()), repr(s.readline()), s.readlines())
s = io.StringIO(); s.write("a\nb"); s.seek(0); print(s.readlines()); s.write("\nc\n"); s.seek(0); print(list(s))
b = io.BytesIO(b"x\ny\n"); print(b.readline(), list(b), b.readline())
s = io.StringIO("é\nü\n"); print(list(s)); s.seek(100); print(repr(s.readline()))
s = io.StringIO("a\nb\n"); print(s.readline(0), repr(s.readline(-1)), s.readline(5))
