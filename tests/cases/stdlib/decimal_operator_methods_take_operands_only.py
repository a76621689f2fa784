# Decimal's operator methods check their arguments as CPython's C slot wrappers do
# (no context argument, no keywords), while operators and Context methods keep working.
from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP
for f in [lambda: D(1).__neg__(1), lambda: D.__add__(D(1)), lambda: D(1).__pow__(), lambda: D(1).__pow__(1,2,3), lambda: D(1).__add__(other=1), lambda: D(1).__str__(1), lambda: D(1).__abs__(x=1), lambda: D(2).__rpow__(D(3), D(5)), lambda: D(1).__radd__(1,2), lambda: D(2).__pow__(3, 5), lambda: D(1).__divmod__(1, 1), lambda: D.__add__(D(1), D(2), 3)]:
  try: print(f())
  except TypeError as e: print(e)
a, b = D("1.10"), D("3")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, abs(-a), 2 - a, 2 / a, 7 // a, 7 % a, 2 ** D("0.5"), pow(D(3), 4, 5))
print(str(a), repr(a), f"{a:.3f}", a.__str__(), D("1e5").to_eng_string())
c = Context(prec=5, rounding=ROUND_HALF_UP)
print(c.add(1, 2), c.power(2, 10), c.minus(D(3)), c.plus(D("1.234567")), c.abs(D(-2)), c.to_sci_string(D("1E+3")), c.divide(1, 3))
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / D(7), D("1.2345") + 0, sum([D("0.1")] * 3))
print(1 + D(2), D(2) * 3, 3 * D("0.5"), D(5) - 1.0 if False else "ok")
try:
    D(1) + 1.5
except TypeError as e:
    print(e)
