# int and float: big ints, floor division and modulo with negatives, powers, bit ops, float reprs.
print(2 ** 100, -(2 ** 64) + 1, 10 ** 30 // 7, 10 ** 30 % 7)
print(12345678901234567890 * 98765432109876543210)
big = 1 << 70
print(big, big >> 69, hex(big), -big // 3, -big % 3)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2))
print(2 ** 10, 2 ** -2, (-8) ** 2, 0 ** 0, pow(2, 10, 1000), pow(3, 200, 7), pow(2, -1, 7))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1, 1 << 3, -1 & 0xFF, ~big)
print(int("42"), int("-17"), int("ff", 16), int("0b101", 0), int(3.9), int(-3.9), int("  7 "))
print(int(True), True + True, 3 * False, 9223372036854775807 + 1, -9223372036854775808 - 1)
print(abs(-5), abs(-2.5), abs(-(2 ** 80)), round(2.5), round(3.5), round(-0.5), round(1.23456, 2), round(1234, -2))
print(0.1 + 0.2, 1e-05, 1e+16, 1e16, 1e15, 123456789012345678.0, 1.0, 3.14, 2.0 ** 0.5)
print(float("inf"), -float("inf"), float("nan"), -0.0, 0.0 == -0.0, 1 / 3, 2 / 3, 10 / 2)
print(float("1e500"), float("-1.5e-7"), 1.5e300 * 1e10, 5e-324, 1.7976931348623157e308)
print(repr(0.1), str(1e22), 1e21, 1e-4, 0.0001, 1e-3, 100.0, 12345.678)
print(round(0.5), round(1.5), round(2.675, 2), round(-1.5), round(7.0), type(round(7.0)), round(7.25, 1))
print(7 / 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 2 ** 0.5 * 2 ** 0.5 == 2.0)
print(int(1e20), float(2 ** 60), 10 ** 20 / 10 ** 10, 1 == 1.0, hash(1) == hash(1.0), hash(-1))
print(hex(255), oct(8), bin(10), hex(-255), bin(-3), oct(0))
print(0x10, 0o17, 0b11, 1_000_000, 0xFF_FF)
print(max(1, 2.5), min(-1, -1.5), sum([0.1] * 10), sum([1, 2], 10))
print(isinstance(True, int), type(10 ** 20), type(1.0), 3 .real)
print(float("nan") == float("nan"), float("inf") > 10 ** 400, 10 ** 400 > 1e308)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [] * 1.5
except TypeError as e:
    print(e)
print(3 * "ab", [0] * 3, (1,) * 2, -1 * "x")
print(bool(0), bool(0.0), bool(-1), 1 < 2.5, 10 ** 20 == 10.0 ** 20)
print(f"{3.14159:.2f} {42:05d} {255:x} {1e6:e} {0.5:%} {12345678:,}")
print("%d %5.1f %s %r %x %o %e %%" % (3, 2.25, "s", "r", 255, 8, 12345.6789))
