# Thousands of draws per function and seed; each line sums them, so a single differing draw
# changes the output, which the test harness compares with python3's.
import random

N = 2000
for seed in (0, 444, 12345678901234567890, "corio", b"\x00\xff"):
    r = random.Random(seed)
    print('seed', repr(seed))
    print(' random', sum(r.random() for _ in range(N)))
    print(' getrandbits', sum(r.getrandbits(k % 100 + 1) for k in range(N)))
    print(' randint', sum(r.randint(-50, 10**k % 97 + 1) for k in range(N)))
    print(' randrange', sum(r.randrange(3, 1000, 7) for _ in range(N)))
    print(' uniform', sum(r.uniform(-2.5, 7.0) for _ in range(N)))
    print(' choice', ''.join(r.choice('abcdefghij') for _ in range(60)))
    print(' choices', r.choices(range(10), k=N).count(3), r.choices('xyz', weights=[1, 5, 10], k=N).count('y'),
          r.choices('xyz', cum_weights=[1, 2, 10], k=N).count('z'))
    deck = list(range(52))
    for _ in range(50):
        r.shuffle(deck)
    print(' shuffle', deck)
    print(' sample', sum(sum(r.sample(range(1000), 10)) for _ in range(N // 10)), r.sample(range(10**6), 5))
    print(' gauss', sum(r.gauss(1.0, 2.0) for _ in range(N)))
    print(' normalvariate', sum(r.normalvariate(0, 1) for _ in range(N)))
    print(' expovariate', sum(r.expovariate(1.5) for _ in range(N)))
    print(' triangular', sum(r.triangular(0, 10, 3) for _ in range(N)))
    print(' betavariate', sum(r.betavariate(2, 3) for _ in range(200)))
random.seed(444)
print([random.randint(0, 10) for _ in range(20)], random.uniform(0.5, 2.0))
