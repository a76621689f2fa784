from decimal import *
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, Context
import decimal
import decimal
print(Decimal(2).sqrt())
print(Decimal(10).ln())
print(Decimal(1).exp())
print(Decimal(1000).log10())
print(Decimal('0.5').ln())
print(Decimal(2).log10())
print(Decimal('1.23456').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
for r in [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(r, Decimal('2.675').quantize(Decimal('0.01'), rounding=r), Decimal('-2.665').quantize(Decimal('0.01'), rounding=r))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt())
    print(Decimal(1) / Decimal(7))
    print(Decimal(1).exp())
getcontext().prec = 6
print(Decimal(1) / Decimal(3))
print(Decimal(2) ** Decimal('0.5'))
print(Decimal('1.5') ** 2)
getcontext().prec = 28
print(Decimal('3.14159').to_integral_value())
print(Decimal('123.456').as_tuple())
print(repr(Decimal('1E+3')), Decimal('1E+3').normalize(), Decimal('100').normalize())
print(Decimal('-0'), Decimal('NaN'), Decimal('-Infinity'))
try:
    Decimal('abc')
except InvalidOperation as e:
    print(type(e).__name__, e)
print(Decimal(0.1))
print(Decimal('10') % 3, Decimal('-10') % 3, Decimal('-10') // 3, divmod(Decimal(7), Decimal(2)))
print(round(Decimal('2.5')), round(Decimal('2.567'), 2), float(Decimal('1.1')), int(Decimal('-3.9')))
print(Decimal('1.10') + Decimal('2.205'), Decimal('1.3') * Decimal('1.3'))
print(f"{Decimal('1234.5678'):,.2f}", format(Decimal('0.000123'), 'e'), f"{Decimal('12.5'):%}")
print(Decimal(7).compare(Decimal(3)), Decimal('1.0') == 1, Decimal('0.1') + Decimal('0.2') == Decimal('0.3'))
print(Decimal('12.345').adjusted(), Decimal(5).max(Decimal(6)), Decimal('-5').copy_abs(), Decimal('5').copy_negate())
print(Decimal('1e-7').sqrt(), Decimal('0').sqrt(), Decimal(16).sqrt())
try:
    Decimal(-1).sqrt()
except InvalidOperation as e:
    print("sqrt", type(e).__name__, e)
print(Decimal(1).ln(), Decimal('2.718281828459045235360287471').ln())
print(Decimal(0).exp(), Decimal(-1).exp(), Decimal(100).exp())
print(Decimal('0.001').log10(), Decimal(10).logb(), Decimal(5).scaleb(2))
print(Context(prec=5).create_decimal('1.234567'))
print(Decimal('1.234567').quantize(Decimal('1.000')), Decimal('5').quantize(Decimal('1e1')))
print(Decimal(3).fma(2, 1), Decimal('1.5').is_signed(), Decimal('12').is_zero())
print(sum([Decimal('0.1')]*10), Decimal(2)**100)
print(Decimal('2') ** Decimal('1.5'), Decimal('9') ** Decimal('0.5'), Decimal(2) ** -2)
from decimal import *
for x in ['0','-0','1.5','-2E+5','Infinity','-Infinity','NaN','1E-999999','1E-1000005']:
  d=Decimal(x)
  print(x, d.number_class(), d.is_subnormal(), d.next_plus(), d.next_minus(), d.logb() if not d.is_nan() and d else '')
print(Decimal(10).remainder_near(3), Decimal(11).remainder_near(3), Decimal('-7').remainder_near(4), Decimal(1).next_toward(2), Decimal(1).next_toward(0), Decimal(-3).max_mag(2), Decimal(-3).min_mag(2), Decimal(5).radix(), Decimal(1).canonical())
print(Decimal(1).compare_total(Decimal('1.0')), Decimal('1.0').compare_total(Decimal('1')), Decimal(-1).compare_total(2))
c=getcontext(); print(c.divide_int(7,2), c.remainder(7,2), c.minus(Decimal(3)), c.divmod(7,2), c.compare(1,2), c.max(1,2), c.to_sci_string(Decimal('1E+3')), c.is_zero(0), c.copy_negate(Decimal(3)), c.normalize(Decimal('1.00')), c.logb(100), c.fma(2,3,4), c.to_integral_value(Decimal('2.5')))
try: c.add('1', 2)
except TypeError as e: print(e)
print(c.add(1, 2), c.multiply(Decimal('1.5'), 2), c.divide(1, 8), c.sqrt(2), c.power(2, 10), c.power(3, 4, 5), pow(Decimal(3), 4, 5), pow(Decimal(-3), 3, 5))
print(c.exp(1), c.ln(10), c.log10(2), c.abs(-3), c.plus(Decimal('-0')), c.quantize(Decimal('1.2345'), Decimal('0.01')))
try: print(Decimal(0).logb())
except DivisionByZero as e: print(repr(e))
for r in [ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_UP]:
  getcontext().rounding=r
  print(r, Decimal(9)**Decimal('0.5'), Decimal(2)**Decimal('0.5'), Decimal(2).ln(), Decimal(8)**Decimal('-0.5'), Decimal(4)**Decimal('-0.5'), Decimal(1).exp())
getcontext().rounding=ROUND_HALF_EVEN
getcontext().traps[InvalidOperation]=False
for x in ['2','0.5','1','1.00','0','-0','-2','-0.5','-1','Infinity','-Infinity']:
  print(x, [str(Decimal(x)**Decimal(y)) for y in ['Infinity','-Infinity','0.5','-0.5', '0', '2', '1.5', '-2.5']])
getcontext().traps[InvalidOperation]=True
print(repr(Decimal(10)**Decimal('2.0')), repr(Decimal(10)**Decimal('-2.0')), repr(Decimal('1.0')**Decimal('3.5')))
print(repr(Decimal(1000).log10()), repr(Decimal('0.001').log10()), repr(Decimal('1E+5').log10()), repr(Decimal('100.0').log10()))
print(repr(Decimal(1).ln()), repr(Decimal(0).ln()), repr(Decimal(0).log10()),repr(Decimal(1).log10()), repr(Decimal('Infinity').ln()), repr(Decimal('-Infinity').exp()))
print(repr(Decimal('1.0000000001').ln()), repr(Decimal('0.9999999').ln()), repr(Decimal('-1e-40').exp()),repr(Decimal('1e-40').exp()))
try: Decimal(-1).ln()
except Exception as e: print(repr(e))
try: print(Decimal(10**7).exp())
except Exception as e: print(repr(e))
print(repr(Decimal(-10**7).exp()))
print(repr(Decimal('1e-7').ln()), repr(Decimal('123456789e100').ln()), Decimal('1E-10').log10(), Decimal('0.5').log10(), Decimal('-3.7').exp(), Decimal(50).exp(), Decimal('0.001').exp())
with localcontext() as ctx:
    ctx.prec = 60
    print(Decimal(2).ln(), Decimal(3).exp(), Decimal(7).log10(), Decimal(3)**Decimal('0.2'))
with localcontext(prec=3):
    print(Decimal(2).ln(), Decimal(3).exp(), Decimal(7).log10(), Decimal(3)**Decimal('0.2'), Decimal('1.05')**Decimal('12.5'))
print(Decimal('1.05')**Decimal('12.5'), Decimal(1000)**Decimal('1.5'), Decimal('0.001')**Decimal('0.5'), Decimal('12.25')**Decimal('0.5'), Decimal(27)**Decimal('0.3333333333333333333333333333'))
print(Decimal(2)**Decimal('1E+3'), Decimal('1.0001')**Decimal('100000.5'))
try: print(Decimal(2)**Decimal('1E+10'))
except Exception as e: print(repr(e))
try: print(Decimal(10)**Decimal('1000000.5'))
except Exception as e: print(repr(e))
print(Decimal('0.5')**Decimal('1E+7'), Decimal(-2)**Decimal(3), Decimal(-2)**Decimal('-3'))
print(getcontext().flags[Inexact])
