import io, sys
print(type(sys.stdout).__name__)
print(isinstance(sys.stdout, io.TextIOBase), isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
f = open(__file__); print(type(f).__name__, isinstance(f, io.TextIOWrapper)); f.close()
f = open(__file__, 'rb'); print(type(f).__name__, isinstance(f, io.BufferedReader), isinstance(f, io.RawIOBase)); f.close()
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8'); w.write('héllo'); w.flush(); print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO(b'a\nb\n'), encoding='utf-8'); print(r.readlines())

print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stderr, io.IOBase), issubclass(io.StringIO, io.IOBase), isinstance(open(__file__, 'rb'), io.BufferedIOBase), isinstance(open(__file__, 'rb'), io.TextIOBase))
t = io.TextIOWrapper(io.BytesIO('line1\r\nline2\nlast'.encode()), encoding='utf-8')
print(repr(t.readline()), repr(t.read(3)), list(t), t.encoding, t.buffer.closed)
t2 = io.TextIOWrapper(io.BytesIO(), encoding='latin-1', newline='\r\n'); t2.write('a\nb'); t2.flush(); print(t2.buffer.getvalue(), t2.detach().getvalue())
with io.TextIOWrapper(io.BytesIO(b'x\ny')) as t3: print([l for l in t3])
print(t3.closed, io.IOBase.__module__, io.TextIOWrapper.__name__)
class MyIO(io.TextIOBase):
    def readable(self): return True
print(isinstance(MyIO(), io.IOBase))
import shutil
u = shutil.disk_usage('/'); print(type(u).__name__, u._fields, u.total >= u.used, u.free > 0, repr(u)[:12])
try: shutil.disk_usage('/nonexistent/x')
except FileNotFoundError as e: print(e)
