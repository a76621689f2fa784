import random
random.seed(2024)
print(random.sample(['a', 'b', 'c'], k=5, counts=[3, 1, 2]), random.sample(range(10**12), 3), random.randrange(10**20), random.randint(-10**15, 10**15))
print(random.choices([1, 2, 3], k=4), random.choices('ab', [0.1, 0.9]), random.shuffle([]) , random.uniform(5, 1), random.random())
for bad in [lambda: random.choices('ab', [1]), lambda: random.choices('ab', [0, 0]), lambda: random.sample({1, 2}, 1), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0), lambda: random.randrange(1.5), lambda: random.sample([1], -1), lambda: random.getrandbits(-1), lambda: random.choices([], k=1), lambda: random.seed([1])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class MyRandom(random.Random):
    def random(self): return 0.5
m = MyRandom(); print(m.choice('abcd'), m.randint(1, 10), m.uniform(0, 10))
r = random.Random(); r.seed(99, version=1); print(r.random())
r.seed(99); print(r.random(), r.randbytes(4).hex(), r.getrandbits(0))
print(random.Random(5).sample(range(20), 20) == random.Random(5).sample(range(20), 20))
st = random.Random(1).getstate(); print(st[0], len(st[1]), st[2])
random.seed(0); print([round(random.gauss(), 6) for _ in range(3)], random.randrange(-5, 5, 2), random.triangular(), random.binomialvariate(10, 0.5) if hasattr(random, 'binomialvariate') else '')
random.seed(None); random.seed(12345678901234567890); print(random.random())
random.seed(-5); print(random.random())
random.seed(3.14); print(random.random()) if False else None
import secrets
print(len(secrets.token_hex(8)), len(secrets.token_bytes(4)), secrets.choice([7]), secrets.randbelow(1), len(secrets.token_urlsafe(6)), secrets.compare_digest(b'a', b'a'))
class Bits(random.Random):
    def __init__(self): super().__init__(); self.n = 0
    def getrandbits(self, k): self.n += 1; return (self.n * 7919) % (1 << k)
b = Bits(); print([b.randrange(10) for _ in range(5)], b.choice('xyz'), b.sample(range(5), 3))
class Floats(random.Random):
    def __init__(self): super().__init__(); self.x = 0.1
    def random(self): self.x = (self.x * 3.7) % 1; return self.x
f = Floats(); l = list(range(8)); f.shuffle(l); print(l, [f.randint(1, 6) for _ in range(5)], f.choices('ab', k=3))
import warnings
warnings.simplefilter('ignore')
print(f.randrange(2 ** 60) >= 0)
class Own(Floats):
    def _randbelow(self, n): return 0
print(Own().choice('qwe'), Own().randrange(100))
