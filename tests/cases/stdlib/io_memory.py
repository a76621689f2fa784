import io
s = io.StringIO()
s.write('hello\n'); print('world', file=s)
print(repr(s.getvalue()), s.tell())
s.seek(0); print(s.readline(), s.read(), s.read(), s.readlines())
s = io.StringIO('a\nb\nc')
print(list(s), s.closed)
with io.StringIO('x') as t:
    print(t.read())
print(t.closed)
try:
    t.read()
except ValueError as e:
    print(e)
b = io.BytesIO(b'abc\ndef')
print(b.readline(), b.read(), b.getvalue()); b.write(b'!'); print(b.getvalue())
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print(e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
