"""decimal: decimal floating point with CPython 3.11's results for the common operations.

A Decimal is (sign, integer coefficient, exponent) or a special (NaN, sNaN, Infinity). Results
are rounded to the context precision with the context rounding, as the General Decimal
Arithmetic specification (and CPython's _pydecimal) does: +, -, *, /, //, %, divmod, ** with
integral exponents, sqrt, quantize, comparisons, hashing equal to equal ints/floats/Fractions,
str/repr (to-sci-string), format() with 'f'/'e'/'g'/'%' specs, exp/ln/log10 and non-integral
powers (_decimal_transcend). Not provided:
the logical operations, and Emin/Emax overflow handling beyond the default range.
"""

import math as _math
import numbers as _numbers

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order CPython's Context repr lists flags and traps in (libmpdec's status bits).
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
            Rounded, Subnormal, Underflow]


from _decimal_context import (Context, getcontext, setcontext, localcontext,  # noqa: E402
                              DefaultContext, BasicContext, ExtendedContext)
from _decimal_number import Decimal, DecimalTuple  # noqa: E402
from _decimal_misc import _install  # noqa: E402

_install(Context)
del _install


def _hide_c_frames():
    # CPython's decimal is C (_decimal): an uncaught error shows none of its frames.
    import sys
    import _c_frames
    parts = ('decimal', '_decimal_context', '_decimal_number', '_decimal_misc',
             '_decimal_compare', '_decimal_format', '_decimal_transcend')
    for name in parts:
        module = sys.modules.get(name)
        if module is not None:
            _c_frames.hide_namespace(vars(module), parts)


_hide_c_frames()
del _hide_c_frames

for _cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
             Overflow, Underflow, FloatOperation, Context, Decimal]:
    _cls.__module__ = 'decimal'
del _cls
_numbers.Number.register(Decimal)


def _name_c_type():
    # CPython's Decimal is a C type named 'decimal.Decimal' in error messages.
    import _time
    _time._set_type_name(Decimal, 'decimal.Decimal')


_name_c_type()
