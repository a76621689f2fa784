import csv, io, sys
from decimal import Decimal
from fractions import Fraction
class Num:
    def __index__(self): return 3
    def __str__(self): return "num"
class F:
    def __float__(self): return 1.0
    def __str__(self): return "f"
w = csv.writer(sys.stdout, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["a", 1, 2.0, True, False, None, Decimal("1.5"), Fraction(1, 3), 1j, Num(), F(), b"x", [1]])
w.writerow([None])
w.writerow([])
print(list(csv.reader(['"a",1,2.5,,""'], quoting=csv.QUOTE_NONNUMERIC)))
try: list(csv.reader(['"a",x'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e: print(e)
