"""decimal's comparisons, hashing and conversions to int/float, as CPython's Decimal methods."""

import decimal as _d
from _decimal_context import getcontext, _context


def _operand(other, equality):
    from _decimal_number import Decimal, _convert
    if isinstance(other, float):
        getcontext().flags[_d.FloatOperation] = True
        if not equality and getcontext().traps[_d.FloatOperation]:
            getcontext()._signal(_d.FloatOperation)
        return Decimal.from_float(other)
    if isinstance(other, (int, Decimal)):
        return _convert(other)
    if equality and isinstance(other, complex):
        # As CPython's _decimal: == and != see a complex with no imaginary part as its real
        # part, exactly; any other complex is left to complex's own comparison.
        if other.imag == 0:
            return Decimal.from_float(other.real)
        return NotImplemented
    try:
        from fractions import Fraction
    except ImportError:
        return NotImplemented
    if isinstance(other, Fraction):
        return other
    return NotImplemented


def _as_ratio(x):
    if x._exp >= 0:
        n, d = x._int * 10 ** x._exp, 1
    else:
        n, d = x._int, 10 ** -x._exp
    return (-n if x._sign else n), d


def _cmp(self, other):
    """-1, 0 or 1 comparing two non-NaN values (Decimals, or a Decimal and a Fraction)."""
    def key(x):
        if not hasattr(x, '_exp'):
            return 0, x.numerator, x.denominator
        if x._exp == 'F':
            return (-1 if x._sign else 1), 0, 1
        n, d = _as_ratio(x)
        return 0, n, d
    inf_a, na, da = key(self)
    inf_b, nb, db = key(other)
    if inf_a or inf_b:
        return (inf_a > inf_b) - (inf_a < inf_b)
    left, right = na * db, nb * da
    return (left > right) - (left < right)


def _compare_op(self, other, op):
    other = _operand(other, op in ('__eq__', '__ne__'))
    if other is NotImplemented:
        return NotImplemented
    if self.is_nan() or (hasattr(other, '_exp') and other.is_nan()):
        if op == '__eq__':
            return False
        if op == '__ne__':
            return True
        getcontext()._signal(_d.InvalidOperation)
        return False
    c = _cmp(self, other)
    return {'__eq__': c == 0, '__ne__': c != 0, '__lt__': c < 0, '__le__': c <= 0,
            '__gt__': c > 0, '__ge__': c >= 0}[op]


def __eq__(self, other, context=None):
    return _compare_op(self, other, '__eq__')


def __ne__(self, other, context=None):
    return _compare_op(self, other, '__ne__')


def __lt__(self, other, context=None):
    return _compare_op(self, other, '__lt__')


def __le__(self, other, context=None):
    return _compare_op(self, other, '__le__')


def __gt__(self, other, context=None):
    return _compare_op(self, other, '__gt__')


def __ge__(self, other, context=None):
    return _compare_op(self, other, '__ge__')


def compare(self, other, context=None):
    from _decimal_number import Decimal, _convert
    other = _convert(other)
    if self.is_nan() or other.is_nan():
        return self._check_nans(other, _context(context))
    return Decimal(_cmp(self, other))


def max(self, other, context=None):
    from _decimal_number import _convert
    other = _convert(other)
    if self.is_nan():
        return other
    if other.is_nan():
        return self
    c = _cmp(self, other)
    if c == 0:
        c = (other._sign - self._sign) or ((self._exp > other._exp) - (self._exp < other._exp))
    return (self if c >= 0 else other)._fix(_context(context))


def min(self, other, context=None):
    from _decimal_number import _convert
    other = _convert(other)
    if self.is_nan():
        return other
    if other.is_nan():
        return self
    c = _cmp(self, other)
    if c == 0:
        c = (other._sign - self._sign) or ((self._exp > other._exp) - (self._exp < other._exp))
    return (self if c <= 0 else other)._fix(_context(context))


def __hash__(self):
    # Equal numbers hash equal across int, float, Fraction and Decimal, as in CPython.
    if self._exp == 'N':
        raise TypeError('Cannot hash a signaling NaN value.')
    if self._exp == 'n':
        return object.__hash__(self)
    if self._exp == 'F':
        return hash(float('-inf') if self._sign else float('inf'))
    n, d = _as_ratio(self)
    if d == 1:
        return hash(n)
    from fractions import Fraction
    return hash(Fraction(n, d))


def __bool__(self):
    return self._is_special() or self._int != 0


def __int__(self):
    if self.is_nan():
        raise ValueError('cannot convert NaN to integer')
    if self.is_infinite():
        raise OverflowError('cannot convert Infinity to integer')
    if self._exp >= 0:
        v = self._int * 10 ** self._exp
    else:
        v = self._int // 10 ** -self._exp
    return -v if self._sign else v


def __float__(self):
    if self.is_nan():
        if self.is_snan():
            raise ValueError('cannot convert signaling NaN to float')
        return float('-nan') if self._sign else float('nan')
    return float(str(self))


def __complex__(self):
    return complex(float(self))


def __round__(self, n=None):
    from _decimal_number import _new
    if n is not None:
        if not isinstance(n, int):
            raise TypeError('Second argument to round should be integral')
        return self.quantize(_new(0, 1, -n))
    if self.is_nan():
        raise ValueError('cannot round a NaN')
    if self.is_infinite():
        raise OverflowError('cannot round an infinity')
    return int(self._rescale(0, _d.ROUND_HALF_EVEN)[0])


def __floor__(self):
    if self.is_nan():
        raise ValueError('cannot round a NaN')
    if self.is_infinite():
        raise OverflowError('cannot round an infinity')
    return int(self._rescale(0, _d.ROUND_FLOOR)[0])


def __ceil__(self):
    if self.is_nan():
        raise ValueError('cannot round a NaN')
    if self.is_infinite():
        raise OverflowError('cannot round an infinity')
    return int(self._rescale(0, _d.ROUND_CEILING)[0])


def exp(self, context=None):
    from _decimal_transcend import decimal_exp
    return decimal_exp(self, _context(context))


def ln(self, context=None):
    from _decimal_transcend import decimal_ln
    return decimal_ln(self, _context(context))


def log10(self, context=None):
    from _decimal_transcend import decimal_log10
    return decimal_log10(self, _context(context))
