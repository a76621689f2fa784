# CPython's decimal is C: tracebacks of its errors show only the caller's frames.
import traceback
from decimal import Decimal, Context, getcontext
import itertools
for expr in ['Decimal("abc")', 'Decimal(1) / 0', 'Decimal(-1).sqrt()', 'Decimal(1).quantize(Decimal("1e-30"))',
             'Decimal("nan") < 1', 'int(Decimal("nan"))', 'format(Decimal(1), "_")', 'Decimal(-1).ln()',
             'Context(prec=-1)', 'list(itertools.starmap(pow, [(1, 2, 3, 4)]))']:
    try:
        eval(expr)
    except Exception:
        traceback.print_exc()
getcontext().prec = "high"
