import random
random.seed(444)
print(random.random(), random.randint(0, 10), random.uniform(0.5, 2.0))
for s in (0, 1, 444, 2**70, -5, "hello", b"abc", 3.5):
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(70), random.randrange(100), random.choice('abcdef'))
r = random.Random(42)
l = list(range(20)); r.shuffle(l); print(l)
print(r.sample(range(100), 5), r.sample(range(1000), 30)[:3], r.choices('abc', k=5), r.choices('abc', [1, 2, 3], k=5))
print(r.gauss(), r.gauss(1, 2), r.normalvariate(), r.triangular(), r.expovariate(2))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
