# int / int is correctly rounded (CPython's long_true_divide), also past 2**53 and in the
# subnormal range; repr of a float picks, of two equally near shortest strings, the even one.
import hashlib
import random
import struct

random.seed(5)
quotients = []
for _ in range(400):
    a = random.randint(-10 ** random.randint(1, 330), 10 ** random.randint(1, 330))
    b = random.randint(1, 10 ** random.randint(1, 330)) * random.choice([1, -1])
    try:
        quotients.append(repr(a / b))
    except OverflowError as e:
        quotients.append(f"OverflowError: {e}")
print("\n".join(quotients[:12]))
print(len(quotients), hashlib.sha256("\n".join(quotients).encode()).hexdigest())

for a, b in [(2**52, 3), (2**53 + 1, 3), (1, 2**53 + 1), (7, -(2**62)), (0, -(2**53)), (0, 5),
             (2**1100, 2**80), (2**1030, 3), (2**1024, 1), (2**1024 - 1, 1), (2**1025 - 2**970, 2),
             (1, 2**1080), (-1, 2**1074), (1, 2**1074), (3, 2**1075), (1, 2**1075), (5, 2**1076),
             (10**400, 10**100), (-(10**18), 7), (2**63 - 1, 1024), (1, 0)]:
    try:
        print(a, "/", b, "=", a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# small-int fast paths: **, <<, >> against their big-int results
for x, y in [(3, 40), (-3, 39), (2, 62), (2, 63), (-2, 63), (-2, 64), (7, 0), (0, 0), (10, -2)]:
    print(x ** y)
for x, y in [(1, 62), (1, 63), (-1, 63), (-1, 64), (3, 61), (5, 0), (-5, 100)]:
    print(x << y, x >> y)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)

# shortest repr: half-way cases round to the even digit
random.seed(11)
ties = []
for _ in range(3000):
    x = random.randint(2**52, 2**54) + random.choice([0.25, 0.5, 0.75, 0.125])
    ties.append(repr(x))
    y = random.randint(1, 2**60) / random.choice([3, 4, 8, 16, 1024])
    ties.append(str(y))
    z = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    ties.append(repr(z))
print("\n".join(ties[:30]))
print(len(ties), hashlib.sha256("\n".join(ties).encode()).hexdigest())
