from decimal import Decimal, InvalidOperation, getcontext
specs = ['_.2f', '_', 'x', '0<5', '*<05', ',_', 'z.2f', 'z', '.2', '#x', '10.2s', '=10', '+', ' ', '#.2f', ',.3g', '->8.1%', '2', '05', '.f', '1.2.3', '\u00e9<9', '<',
         '<05', '=05', '>010.2f', '^06', 'z05', '-05', '0=5', '00', 'z#', '#', 'z,', '%', 'n', ',n', '.0n', '.3n', 'N', 'F', '.1F', '010,.2f', ',e', '_e',
         '0', '01', '000', '.0', '.', '.3N', ',N', '.2G', '0.3', '00.3', '0,', '07,', ',.2%', 'z.1%', '+z', 'z+', '5z', '<<5', '{<5', '-=z5', '1_0',
         '+z+', 'zz', 'z-', 'z ', ' z', 'z=5', 'zz5', '>z+5', ',.2f', '12,.3f', 'e', '.3e', 'E', '^12', '*^12.1f']
for spec in specs:
    out = []
    for d in (Decimal("-1234.5678"), Decimal("-0.0"), Decimal("12345.678"), Decimal("0.000012"), Decimal("NaN"), Decimal("-Inf")):
        try: out.append(repr(format(d, spec)))
        except ValueError as e: out.append("ValueError: %s" % e)
    print(repr(spec), *out)
# coefficients beyond the int-to-str digit limit
big = Decimal(10 ** 5000 + 7)
print(len(str(big)), str(big)[-5:], big.adjusted(), len(big.as_tuple().digits), len(format(big, "f")), format(big, ".3e"))
getcontext().prec = 28
try: Decimal("1e1000000").quantize(Decimal("1"))
except InvalidOperation as e: print("InvalidOperation", e)
print((big + 1).adjusted(), Decimal(10 ** 4500).sqrt().adjusted(), Decimal(10) ** 5000 == Decimal("1e5000"))
for s in ['0=10', '0>10', '*=10', '=10', '010', '+010', '0<10', '010%']:
    print(repr(s), [format(Decimal(x), s) for x in ('NaN', '-Inf', 'sNaN', '-nan5')])
