import decimal
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
print(repr(getcontext()))
print(D(1)/D(3), D('1.10')+D('2.205'), D(2).sqrt(), D('0.1')*3, D(10)/D(4), D(1)/D(8), D('1e3'), D('100')/D('1e1'), D(0.1), D('-0')+D('0'), D('1.000')/D('2.0'))
print(D("0.1") + D("0.2") == D("0.3"), 0.1 + 0.2 == 0.3, D("3.14159").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("2.5").quantize(D("1")), D("-7.5").quantize(D("1"), rounding=ROUND_DOWN))
print(repr(D("1.50")), str(D("1.50")), D("1E-7"), D("123E+5"), D("0.000001"), D("0.0000001"), D("-12.3e-2"), D("Infinity"), D("-inf"), D("nan"), D(" 42 "), D("1_000.5"), D((0, (1, 4), -1)), D(-5), D(10**30))
print(D(7) // D(2), D(-7) // D(2), D(7) % D(3), D(-7) % D(3), divmod(D(7), D(2)), D("1.5") ** 2, D(2) ** 100, D(2) ** -2, D("1.1") ** 3, D(10) ** -3)
print(int(D("-3.9")), float(D("2.5")), round(D("2.5")), round(D("3.5")), round(D("2.567"), 2), abs(D("-1.2")), -D("1.2"), +D("1.20"), D("1.0") == 1, D("1.5") > 1.4, D(2) < D(3), hash(D("1.0")) == hash(1), hash(D("0.5")) == hash(0.5))
print(sum([D("0.1")] * 10), max(D(1), D("1.5")), sorted([D(3), D("1.5"), D(2)]), D("1.20").normalize(), D("0E+2").normalize(), D("1200").normalize(), D(5).as_tuple(), D("-1.50").as_tuple(), D("0.25").as_integer_ratio())
print(f"{D('1234.5678'):.2f}", f"{D('1234.5'):,.2f}", f"{D('0.125'):.1%}", f"{D('12345'):e}", f"{D('1.5'):>10}|", f"{D('-3.14159'):+.3f}", format(D("1E+3"), ""), format(D('0.000012345'), '.3g'), f"{D('5'):08.2f}")
getcontext().prec = 5
print(D(1) / D(7), D(123456789) + 0, D("1.23456789") * 1, repr(getcontext()))
with localcontext() as ctx:
    ctx.prec = 50; print(D(1) / D(7))
print(D(1) / D(7))
getcontext().prec = 28
getcontext().rounding = ROUND_HALF_UP; print(D("2.5").quantize(D("1")), round(D("0.125"), 2))
getcontext().rounding = decimal.ROUND_HALF_EVEN
for bad in [lambda: D("abc"), lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D("1") + 1.5, lambda: D(1) % D(0), lambda: D([1]), lambda: D("1e10").quantize(D("1e-30")), lambda: D(-1).sqrt(), lambda: int(D("nan")), lambda: D("nan") < 1]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e, isinstance(e, ArithmeticError))
print(D(3).is_zero(), D(0).is_zero(), D("-0").is_signed(), D("nan").is_nan(), D("inf").is_infinite(), D(1).is_finite(), D("123.45").adjusted(), D(1).copy_negate(), D("-2").copy_abs(), D(5).compare(D(3)), D("1.5").to_integral_value(), D("2.5").to_integral_value(), D("1.23E+5").to_eng_string())
print(D(1).__class__, type(D(1)).__module__, isinstance(D(1), decimal.Decimal), decimal.Decimal.from_float(0.5), D(2) * 1.5 if False else "")
import numbers; print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
print(D("100") * D("1.1"), D("19.99") * 3, (D("19.99") * 3).quantize(D("0.01")), D("10.00") - D("0.01"), D("1.30") + D("1.20"), D(0.5) + D(1))
print(decimal.BasicContext, decimal.ExtendedContext)
c = decimal.Context(prec=3, rounding=decimal.ROUND_UP); print(c.create_decimal("1.2345"), c.divide(D(2), D(3)), c.add(1, 2), c.quantize(D("1.234"), D("0.1")))
try: decimal.Context(prec=0)
except ValueError as e: print(e)
print(D("0.1") + D("0.2"), D(1).exp() if False else "", D("12.5").__floor__() if False else "", D("-1.5").__round__(), D("1.25").quantize(D("0.1")), D(12).scaleb(2), D("3.0").same_quantum(D("3.1")))
import math; print(math.floor(D("-2.5")), math.ceil(D("2.1")), math.trunc(D("-2.9")), math.isclose(D("1.0"), D("1.0")) if False else "")
