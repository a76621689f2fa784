# Objects of natively defined classes are plain native objects (no __dict__, CPython's C type
# names in errors); a script subclass gets an instance dict and keeps the native methods.
import collections, _random, struct, hashlib
for obj in (collections.deque(), _random.Random(), struct.Struct("i"), hashlib.md5()):
    try:
        obj.x = 1
        print("set ok", obj.x)
    except AttributeError as e:
        print(e)
    print(type(obj), hasattr(obj, "__dict__"))
class R(_random.Random):
    pass
r = R(3); r.y = 2; print(r.y, r.random(), type(r).__mro__)
class D(collections.deque):
    def __init__(self, *a):
        super().__init__(*a); self.tag = "t"
d = D([1, 2]); print(d, d.tag, len(d))
class Loaded(_random.Random):
    def random(self):
        return 0.25
lr = Loaded(1)
print(lr.random(), lr.getrandbits(4) >= 0, isinstance(lr, _random.Random))
s = struct.Struct("<hi")
print(s.pack(1, 2), s.size, s.format, s.unpack(b"\x01\x00\x02\x00\x00\x00"))
m = _random.Random(7)
print(m.random(), m.getrandbits(12), type(m).__name__)
try:
    _random.Random.random(5)
except TypeError as e:
    print(e)
