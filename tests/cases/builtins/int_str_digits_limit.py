# CPython 3.11's int <-> decimal string limit (sys.set_int_max_str_digits) in str(), repr(),
# f-strings, format(), %-formatting and int(); hex and other power-of-two bases are exempt.
# Also: int true division whose quotient overflows, and int.__pow__ with a modulus.
import sys
big = 10 ** 5000
for f in [lambda: str(big), lambda: f"{big}", lambda: "%d" % big, lambda: "%i" % -big, lambda: format(big, "d"),
          lambda: repr(big), lambda: int("9" * 4301), lambda: f"{big:,}", lambda: f"{big:_}"]:
    try:
        print(len(f()))
    except ValueError as e:
        print(e)
print(len(hex(big)), len(f"{big:x}"), len("%x" % big), len(str(10 ** 4299)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(big)), len("%d" % big), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(5001)
print(len(str(big)), len(str(int("9" * 5001))), len(f"{-big}"))
try:
    int("9" * 5002)
except ValueError as e:
    print(e)

for f in [lambda: 10 ** 400 / 1, lambda: 10 ** 400 / 10 ** 399, lambda: 1 / 10 ** 400, lambda: 10 ** 400 / 3,
          lambda: float(10 ** 400), lambda: 2.0 ** 10000]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
print(3 .__pow__(2, 5), (7).__pow__(2), (2).__pow__(-1, 7), pow(3, 4, 5), (10 ** 20).__pow__(3, 10 ** 9 + 7))
