# pickle errors (CPython's messages and exception classes), dump/load to a file, Pickler and
# Unpickler objects, __reduce__, and pickles past the 64 KiB frame size.
import pickle, io, os, tempfile
def f():
    class L: pass
    def g(): pass
    return L, g
L, g = f()
for o in [lambda: 0, L, L(), g, (x for x in [])]:
    try: pickle.dumps(o)
    except Exception as e: print(type(e).__module__, type(e).__name__, str(e).split(' at 0x')[0])
for d in [b'', b'x', b'\x80\x04K', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.', b'\x80\x09K\x01.', b'K\x01', b'(.', b'\x80\x04\x8c\x03abc\x94.', b'N', b'0.', b'h\x05.']:
    try: print(pickle.loads(d))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
for bad in [lambda: pickle.dumps(1, protocol=6), lambda: pickle.loads('abc'), lambda: pickle.Pickler(None)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.PickleError.__module__, issubclass(pickle.UnpicklingError, pickle.PickleError))
d = tempfile.mkdtemp(); path = os.path.join(d, 'data.pkl')
data = {'name': 'Ann', 'scores': [90, 85.5], 'tags': {'a'}, 'nested': {'t': (1, 2)}}
with open(path, 'wb') as fh:
    pickle.dump(data, fh)
    pickle.dump([1, 2], fh, protocol=2)
with open(path, 'rb') as fh:
    print(pickle.load(fh), pickle.load(fh))
    try: pickle.load(fh)
    except EOFError as e: print('EOFError', e)
os.remove(path); os.rmdir(d)
buf = io.BytesIO(); p = pickle.Pickler(buf, 3); p.dump('x'); p.dump('x'); print(buf.getvalue())
u = pickle.Unpickler(io.BytesIO(buf.getvalue())); print(u.load(), u.load())
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x}, {self.y})'
    def __reduce__(self): return (Point, (self.x, self.y))
print(pickle.loads(pickle.dumps([Point(1, 2)] * 2)), pickle.dumps(Point(1, 2)))
big = pickle.dumps(list(range(20000))); print(len(big), big[:12], pickle.loads(big)[-1])
bs = pickle.dumps(b'q' * 70000); print(len(bs), bs[:20], len(pickle.loads(bs)))
