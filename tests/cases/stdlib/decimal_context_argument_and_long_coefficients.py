from decimal import Decimal, Context, getcontext, InvalidOperation
import sys
for f in [lambda: Decimal("1", 5), lambda: Decimal(1).exp(3), lambda: Decimal(2).ln("x"), lambda: Decimal(2).sqrt(context=1), lambda: Decimal(1).quantize(Decimal(1), context=[]),
          lambda: Decimal("1.5").to_integral_value(context=2), lambda: Decimal(3).max(1, 4), lambda: Decimal(1).next_plus(0)]:
    try: print(f())
    except TypeError as e: print("TypeError", e)
print(Decimal(1).exp(Context(prec=5)), Decimal(2).sqrt(None), Decimal("1", Context()))
s = "7" * 5000
d = Decimal(s)
print(d.adjusted(), str(d)[:5], str(d)[-3:], len(repr(d)), Decimal(s + ".5").as_tuple().exponent, Decimal("NaN" + "1" * 30))
getcontext().prec = 20
print(+d, d * 1, d.quantize(Decimal("1e4995")) if False else "", Decimal(s) == Decimal(s))
try: Decimal("1e1000000").quantize(Decimal("1"))
except InvalidOperation as e: print("InvalidOperation", e)
