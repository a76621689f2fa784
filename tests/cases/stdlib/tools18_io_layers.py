import io, os, tempfile
os.chdir(tempfile.mkdtemp())
p = 'io1_test.txt'
with open(p, 'w') as f:
    print(repr(f))
    print(repr(f.buffer), f.buffer.mode, f.buffer.name)
    print(repr(f.buffer.raw), f.buffer.raw.mode)
    f.write('hello\n')
    f.buffer.write(b'bytes\n')
with open(p) as f:
    print(f.buffer.read())
    print(f.mode, f.buffer.mode, f.buffer.raw.mode)
    print(isinstance(f.buffer, io.BufferedReader), isinstance(f.buffer.raw, io.FileIO), isinstance(f.buffer, io.BufferedIOBase))
f = open(p, 'rb')
print(repr(f), repr(f.raw), f.raw.closefd)
print(f.raw.read(3))
print(f.read())
f.close()
print(repr(f.raw))
f = open(p, 'r+')
print(repr(f.buffer), f.buffer.mode, f.buffer.raw.mode)
b = f.detach()
print(repr(b))
try:
    f.read()
except ValueError as e:
    print('VE', e)
try:
    print(repr(f))
except ValueError as e:
    print('VE repr', e)
print(b.read())
r = b.detach()
print(repr(r))
try:
    b.read()
except ValueError as e:
    print('VE', e)
print(r.read())
r.close()
print(r.closed)
for m in ['a', 'x', 'a+', 'w+']:
    if m == 'x':
        os.remove(p)
    with open(p, m) as f:
        print(m, f.buffer.mode, f.buffer.raw.mode, type(f.buffer).__name__)
try:
    open(p, 'rb').buffer
except AttributeError as e:
    print(e)
try:
    open(p).raw
except AttributeError as e:
    print(e)
f = open(p, 'rb', buffering=0)
try:
    f.raw
except AttributeError as e:
    print(e)
f.close()
with open(p, 'w') as f:
    f.write('abc')
    print(f.buffer.closed, f.closed)
print(f.buffer.closed)
with open(p) as f:
    w = io.TextIOWrapper(f.buffer, encoding='utf-8')
    print(w.read())
os.remove(p)
# text and bytes through both layers: the text layer's pending bytes go down at flush
with open(p, 'w', encoding='latin-1') as f:
    f.write('caf\xe9 ')
    f.buffer.write(b'[raw]')
    f.flush()
    f.write('x' * 9000)
    f.buffer.write(b'|')
    f.write('end\n')
with open(p, 'rb') as f:
    data = f.read()
print(data[:12], len(data), data.index(b'|'))
with open(p, encoding='latin-1') as f:
    print(f.buffer.read(5), f.buffer.raw.name)
with open(p, 'rb') as f:
    print(f.raw.readall()[:4], f.raw.closed)
print(f.raw.closed)
os.remove(p)
import os, tempfile
os.chdir(tempfile.mkdtemp())
with open('t.txt', 'w+') as f:
    f.write('hello world')
    print(f.truncate(5), f.tell())
    f.seek(0); print(f.read())
    print(f.truncate(), f.tell())
with open('t.bin', 'wb+') as f:
    f.write(b'abcdef'); f.seek(2)
    print(f.truncate(), f.tell(), f.truncate(10), os.path.getsize('t.bin'))
    try:
        f.truncate(-1)
    except OSError as e:
        print(e)
with open('t.bin', 'rb') as f:
    try:
        f.truncate()
    except OSError as e:
        print(type(e).__name__, e)
