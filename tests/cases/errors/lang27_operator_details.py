# Operator details: the Python 2 `print >>` hint, Decimal == complex, `x *= n` with an
# __index__ count mutating the list in place, and `in` propagating errors from __iter__.
import sys
from decimal import Decimal
from fractions import Fraction

for target in (sys.stderr, 1):
    try:
        print >> target, "hello"
    except TypeError as e:
        print(e)
try:
    print << 1
except TypeError as e:
    print(e)
try:
    len >> 1
except TypeError as e:
    print(e)

for n in (1001, 1001.0, Fraction(2002, 2), Decimal("1001.0"), Decimal("1001.5")):
    c = 1001 + 0j
    print(type(n).__name__, n == c, c == n, n != c, c != n, n == 1001 + 1j)
try:
    Decimal(1) < 1j
except TypeError as e:
    print(e)


class Three:
    def __index__(self):
        return 3


items = [1, 2]
alias = items
items *= Three()
print(items, alias is items)
buf = bytearray(b"ab")
view = buf
buf *= Three()
print(buf, view is buf)
print([0] * Three(), Three() * "ab")


class BadIterable:
    def __iter__(self):
        raise ZeroDivisionError("from __iter__")


class NotIterable:
    pass


try:
    3 in BadIterable()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    3 in NotIterable()
except TypeError as e:
    print(e)
