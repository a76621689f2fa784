# math.gcd and math.lcm on big integers (Lehmer's algorithm in corio), checked through
# identities and exact values, and the Fraction arithmetic built on them.
import math
import random
from fractions import Fraction

random.seed(2024)
checksum = 0
for i in range(300):
    common = random.getrandbits(random.randint(1, 400)) | 1
    a = random.getrandbits(random.randint(1, 2500)) * common
    b = random.getrandbits(random.randint(1, 2500)) * common
    g = math.gcd(a, b)
    assert g % common == 0 and a % g == 0 and b % g == 0
    assert math.gcd(a // g, b // g) == 1
    assert math.gcd(-a, b) == g == math.gcd(b, a)
    if a and b:
        assert math.lcm(a, b) * g == a * b
    checksum = (checksum * 31 + g) % (1 << 61)
print("checksum", checksum)
print(math.gcd(2**4000 - 1, 2**2400 - 1) == 2**800 - 1)
print(math.gcd(), math.gcd(0, 0), math.gcd(-12), math.gcd(12, -18, 30))
print(math.lcm(), math.lcm(0, 7), math.lcm(-4, 6), math.lcm(2**70, 3**50) == 2**70 * 3**50)

harmonic = sum(Fraction(1, k) for k in range(1, 400))
print(len(str(harmonic.numerator)), len(str(harmonic.denominator)), float(harmonic))
