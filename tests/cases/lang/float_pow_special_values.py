# float ** float with infinite, NaN, zero and negative operands, as CPython's float_pow
import math
for a, b in [(0.0, -math.inf), (-0.0, -math.inf), (-1.5, 1e308), (-1.5, -1e308), (-1.5, math.inf), (-1e308, 0.1), (-1e308, -0.1), (-7, 0.1), (-3.25, 1e16), (-1.5, 2**53 + 1.0), (-1.5, 10**20+1), (-0.0, -1.5), (-0.0, 0.5), (-0.0, -3), (0.0, -3), (-1e308, 1e308), (-7, math.inf), (-7, -math.inf), (-1.5, -math.inf), (-0.5, math.inf), (-0.5, -math.inf), (-1, math.inf), (-1.0, 1e308), (-1.0, 1e16 + 1), (-2.0, 2**64), (-2.0, 1.5)]:
    try:
        print(a, b, repr(a ** b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
    try:
        print(repr(math.pow(a, b)))
    except Exception as e:
        print(type(e).__name__, e)
for a in (0.0, -0.0, -math.inf, math.inf, math.nan, -1.0, 1.0):
    for b in (-math.inf, math.inf, math.nan, 0.0, -2.0, 3.0, 0.5, -0.5):
        try:
            print(a, b, repr(a ** b))
        except Exception as e:
            print(a, b, type(e).__name__, e)
