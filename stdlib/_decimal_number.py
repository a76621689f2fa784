"""decimal's Decimal: construction, rounding to a context and the arithmetic operations."""

import re as _re
from collections import namedtuple as _namedtuple

import decimal as _d
from _decimal_context import getcontext, _context

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_PARSER = _re.compile(r"""\s*(?P<sign>[-+])?(
    (?=\d|\.\d)(?P<int>\d*)(\.(?P<frac>\d*))?(E(?P<exp>[-+]?\d+))?
  | Inf(inity)?
  | (?P<signal>s)?NaN(?P<diag>\d*)
)\s*\Z""", _re.VERBOSE | _re.IGNORECASE)


def _new(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    return d


# Coefficients may have any number of digits (CPython's decimal has no int-to-str
# limit), so these two stay clear of sys.get_int_max_str_digits().
_CHUNK = 4000
_CHUNK_POW = 10 ** _CHUNK


def _int_str(n):
    """The decimal digits of the int n >= 0, however many."""
    if n < _CHUNK_POW:
        return str(n)
    high, low = divmod(n, _CHUNK_POW)
    return _int_str(high) + str(low).zfill(_CHUNK)


def _str_int(digits):
    """The int of a string of decimal digits, however long."""
    if len(digits) <= _CHUNK:
        return int(digits)
    split = len(digits) - _CHUNK
    return _str_int(digits[:split]) * _CHUNK_POW + int(digits[split:])


def _digits(n):
    """How many decimal digits the int n >= 0 has (1 for zero)."""
    if n < _CHUNK_POW:
        return len(str(n)) if n else 1
    k = n.bit_length() * 30103 // 100000  # about log10(n), maybe one off
    while n >= 10 ** k:
        k += 1
    while n < 10 ** (k - 1):
        k -= 1
    return k


def _convert(other, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        getcontext().flags[_d.FloatOperation] = True
        return Decimal.from_float(other)
    return NotImplemented


def _round_up(mode, sign, kept, rem, half):
    """Whether dropping `rem` (of which `half` is the midpoint) rounds `kept` away from zero."""
    if not rem:
        return False
    if mode == _d.ROUND_HALF_EVEN:
        return rem > half or (rem == half and kept % 2 == 1)
    if mode == _d.ROUND_HALF_UP:
        return rem >= half
    if mode == _d.ROUND_HALF_DOWN:
        return rem > half
    if mode == _d.ROUND_UP:
        return True
    if mode == _d.ROUND_DOWN:
        return False
    if mode == _d.ROUND_CEILING:
        return sign == 0
    if mode == _d.ROUND_FLOOR:
        return sign == 1
    return kept % 10 in (0, 5)  # ROUND_05UP


def _drop_digits(sign, coeff, drop, mode):
    """(coefficient with `drop` low digits rounded away, whether that was inexact)."""
    if drop <= 0:
        return coeff * 10 ** (-drop), False
    kept, rem = divmod(coeff, 10 ** drop)
    if _round_up(mode, sign, kept, rem, 5 * 10 ** (drop - 1)):
        kept += 1
    return kept, bool(rem)


class Decimal(object):
    """Floating-point decimal number: Decimal('3.14'), Decimal(5), Decimal(0.1)."""

    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        ctx = _context(context)
        if isinstance(value, str):
            m = _PARSER.match(value.replace('_', '') if '_' in value.strip('_') else value)
            if m is None or '__' in value or value.strip().startswith('_'):
                ctx._signal(_d.InvalidOperation, _d.ConversionSyntax)
                self._sign, self._int, self._exp = 0, 0, 'n'
                return self
            self._sign = 1 if m.group('sign') == '-' else 0
            intpart = m.group('int')
            if intpart is not None:
                frac = m.group('frac') or ''
                self._int = _str_int(intpart + frac or '0')
                self._exp = int(m.group('exp') or '0') - len(frac)
            elif m.group('diag') is not None:
                self._int = _str_int(m.group('diag') or '0')
                self._exp = 'N' if m.group('signal') else 'n'
            else:
                self._int, self._exp = 0, 'F'
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int, self._exp = abs(value), 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            return self
        if isinstance(value, float):
            ctx.flags[_d.FloatOperation] = True
            f = cls.from_float(value)
            self._sign, self._int, self._exp = f._sign, f._int, f._exp
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = sign
            if exp == 'F':
                self._int, self._exp = 0, 'F'
            else:
                for digit in digits:
                    if not isinstance(digit, int) or not 0 <= digit <= 9:
                        raise ValueError('coefficient must be a tuple of digits')
                self._int = int(''.join(map(str, digits)) or '0')
                self._exp = exp
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float.')
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if str(f).startswith('-') else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = _new(sign, n * 5 ** k, -k)
        return result if cls is Decimal else cls(result)

    # ------------------------------------------------------------ predicates and parts

    def _is_special(self):
        return isinstance(self._exp, str)

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_snan(self):
        return self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not isinstance(self._exp, str)

    def is_zero(self):
        return not isinstance(self._exp, str) and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return self.is_finite() and self._int != 0

    def adjusted(self):
        return self._exp + _digits(self._int) - 1 if self.is_finite() else 0

    def as_tuple(self):
        digits = tuple(int(c) for c in _int_str(self._int)) if (self._int or self.is_finite()) \
            else ()
        if self._exp == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self.is_nan():
            raise ValueError('cannot convert NaN to integer ratio')
        if self.is_infinite():
            raise OverflowError('cannot convert Infinity to integer ratio')
        from math import gcd
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
        g = gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n), d

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        return _new(_convert(other)._sign, self._int, self._exp)

    def same_quantum(self, other, context=None):
        other = _convert(other)
        if self._is_special() or other._is_special():
            return self._exp == other._exp or (self.is_nan() and other.is_nan())
        return self._exp == other._exp

    # ------------------------------------------------------------ rounding

    def _fix(self, ctx):
        """Round to the context precision, recording Rounded and Inexact."""
        if isinstance(self._exp, str):
            return self
        drop = _digits(self._int) - ctx.prec
        if drop <= 0:
            return self
        coeff, inexact = _drop_digits(self._sign, self._int, drop, ctx.rounding)
        exp = self._exp + drop
        if _digits(coeff) > ctx.prec:
            coeff //= 10
            exp += 1
        ctx._signal(_d.Rounded)
        if inexact:
            ctx._signal(_d.Inexact)
        return _new(self._sign, coeff, exp)

    def _rescale(self, exp, rounding):
        """The value with exponent `exp` (rounding when digits are dropped), and inexactness."""
        coeff, inexact = _drop_digits(self._sign, self._int, exp - self._exp, rounding)
        return _new(self._sign, coeff, exp), inexact

    def _check_nans(self, other, ctx):
        for x in (self, other):
            if x is not None and x._exp == 'N':
                ctx._signal(_d.InvalidOperation)
                return _new(x._sign, x._int, 'n')
        for x in (self, other):
            if x is not None and x._exp == 'n':
                return x
        return None

    def _invalid(self, ctx, cause=None):
        ctx._signal(_d.InvalidOperation, cause)
        return _new(0, 0, 'n')

    # ------------------------------------------------------------ text

    def _op_str(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._exp in ('n', 'N'):
            return sign + ('sNaN' if self._exp == 'N' else 'NaN') + (_int_str(self._int) if self._int
                                                                      else '')
        digits = _int_str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart, fracpart = '0', '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace], '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = (_context(context)).capitals
            exp = ['e', 'E'][capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self._op_str(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, specifier, context=None):
        from _decimal_format import format_decimal
        return format_decimal(self, specifier, _context(context))

    # ------------------------------------------------------------ arithmetic

    def _op_add(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, ctx)
            if nan is not None:
                return nan
            if self.is_infinite():
                if other.is_infinite() and self._sign != other._sign:
                    return self._invalid(ctx)
                return self
            return other
        exp = min(self._exp, other._exp)
        v1 = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        v2 = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        v = v1 + v2
        if v == 0:
            both_negative = self._sign == 1 and other._sign == 1
            floor_mixed = self._sign != other._sign and ctx.rounding == _d.ROUND_FLOOR
            sign = 1 if both_negative or floor_mixed else 0
        else:
            sign = 1 if v < 0 else 0
        return _new(sign, abs(v), exp)._fix(ctx)


    def _op_sub(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._op_add(other.copy_negate(), context)

    def _op_rsub(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._op_sub(self, context)

    def _op_mul(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        sign = self._sign ^ other._sign
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, ctx)
            if nan is not None:
                return nan
            if (self.is_infinite() and other.is_zero()) or (other.is_infinite() and
                                                             self.is_zero()):
                return self._invalid(ctx)
            return _new(sign, 0, 'F')
        return _new(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)


    def _op_truediv(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        sign = self._sign ^ other._sign
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, ctx)
            if nan is not None:
                return nan
            if self.is_infinite() and other.is_infinite():
                return self._invalid(ctx)
            if self.is_infinite():
                return _new(sign, 0, 'F')
            return _new(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                return self._invalid(ctx, _d.DivisionUndefined)
            ctx._signal(_d.DivisionByZero)
            return _new(sign, 0, 'F')
        if self._int == 0:
            return _new(sign, 0, self._exp - other._exp)
        # Enough quotient digits for the precision plus one, then a sticky digit when inexact.
        shift = _digits(other._int) - _digits(self._int) + ctx.prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, remainder = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, remainder = divmod(self._int, other._int * 10 ** -shift)
        if remainder:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal_exp = self._exp - other._exp
            while exp < ideal_exp and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return _new(sign, coeff, exp)._fix(ctx)

    def _op_rtruediv(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._op_truediv(self, context)

    def _divide_integer(self, other, ctx):
        """(quotient, remainder) with the quotient truncated toward zero, as the spec's
        divide-integer and remainder; None when the operation is invalid."""
        if other._int == 0:
            return None
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > ctx.prec:
            return None
        quotient = _new(self._sign ^ other._sign, q, 0)
        remainder = _new(self._sign, r, exp)._fix(ctx)
        return quotient, remainder

    def _op_floordiv(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, ctx)
            if nan is not None:
                return nan
            if self.is_infinite() and other.is_infinite():
                return self._invalid(ctx)
            if self.is_infinite():
                return _new(self._sign ^ other._sign, 0, 'F')
            return _new(self._sign ^ other._sign, 0, 0)
        if other._int == 0:
            if self._int == 0:
                return self._invalid(ctx, _d.DivisionUndefined)
            ctx._signal(_d.DivisionByZero)
            return _new(self._sign ^ other._sign, 0, 'F')
        result = self._divide_integer(other, ctx)
        if result is None:
            return self._invalid(ctx, _d.DivisionImpossible)
        return result[0]

    def _op_rfloordiv(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._op_floordiv(self, context)

    def _op_mod(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, ctx)
            if nan is not None:
                return nan
            if self.is_infinite():
                return self._invalid(ctx)
            return self._fix(ctx)
        if other._int == 0:
            cause = _d.DivisionUndefined if self._int == 0 else _d.InvalidOperation
            return self._invalid(ctx, cause)
        result = self._divide_integer(other, ctx)
        if result is None:
            return self._invalid(ctx, _d.DivisionImpossible)
        return result[1]

    def _op_rmod(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._op_mod(self, context)

    def _op_divmod(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._op_floordiv(other, context), self._op_mod(other, context)

    def _op_rdivmod(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._op_divmod(self, context)

    def _op_pow(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = _context(context)
        if self._is_special() or other._is_special():
            nan = self._check_nans(other, ctx)
            if nan is not None:
                return nan
        if modulo is not None:
            return self._power_modulo(other, modulo, ctx)
        if other.is_infinite() or (other._exp < 0 and other._int % 10 ** -other._exp):
            from _decimal_transcend import decimal_power
            return decimal_power(self, other, ctx)
        n = int(other)
        if self.is_finite() and abs(n) * _digits(self._int) > 20000:
            # Too many digits to raise exactly: through exp/ln, with the sign put back.
            from _decimal_transcend import decimal_power
            result = decimal_power(self.copy_abs(), other, ctx)
            return result.copy_negate() if self._sign and n % 2 else result
        if self.is_infinite():
            if n == 0:
                return Decimal(1)
            return _new(self._sign if n % 2 else 0, 0, 'F' if n > 0 else 0)
        if self._int == 0:
            if n == 0:
                return self._invalid(ctx)
            if n < 0:
                return _new(self._sign if n % 2 else 0, 0, 'F')
            return _new(self._sign if n % 2 else 0, 0, self._exp * n)
        sign = self._sign if n % 2 else 0
        if n >= 0:
            return _new(sign, self._int ** n, self._exp * n)._fix(ctx)
        exact = _new(0, self._int ** -n, self._exp * -n)
        result = Decimal(1)._op_truediv(exact, ctx)
        return _new(sign, result._int, result._exp)

    def _power_modulo(self, other, modulo, ctx):
        """pow(x, y, m) for integral operands, the sign of x when y is odd (CPython)."""
        modulo = _convert(modulo)
        if modulo is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(modulo).__name__)
        operands = (self, other, modulo)
        if any(not x.is_finite() or (x._exp < 0 and x._int % 10 ** -x._exp) for x in operands) \
                or other._sign or modulo._int == 0:
            return self._invalid(ctx)
        base, exponent, mod = int(self), int(other), int(modulo)
        value = pow(abs(base), exponent, abs(mod))
        return _new(1 if base < 0 and exponent % 2 else 0, value, 0)

    def _op_rpow(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other._op_pow(self, context=context)

    def _op_neg(self, context=None):
        ctx = _context(context)
        if self.is_nan():
            return self._check_nans(None, ctx)
        sign = 1 - self._sign
        if self.is_finite() and self._int == 0:
            sign = 1 if ctx.rounding == _d.ROUND_FLOOR else 0
        return _new(sign, self._int, self._exp)._fix(ctx)

    def _op_pos(self, context=None):
        ctx = _context(context)
        if self.is_nan():
            return self._check_nans(None, ctx)
        sign = self._sign
        if self.is_finite() and self._int == 0:
            sign = 1 if ctx.rounding == _d.ROUND_FLOOR else 0
        return _new(sign, self._int, self._exp)._fix(ctx)

    def _op_abs(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = _context(context)
        if self.is_nan():
            return self._check_nans(None, ctx)
        return _new(0, self._int, self._exp)._fix(ctx)

    def sqrt(self, context=None):
        from _decimal_format import decimal_sqrt
        return decimal_sqrt(self, _context(context))

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp)
        if exp is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(exp).__name__)
        ctx = _context(context)
        rounding = rounding or ctx.rounding
        if self._is_special() or exp._is_special():
            nan = self._check_nans(exp, ctx)
            if nan is not None:
                return nan
            if self.is_infinite() and exp.is_infinite():
                return self
            return self._invalid(ctx)
        result, inexact = self._rescale(exp._exp, rounding)
        if _digits(result._int) > ctx.prec:
            return self._invalid(ctx)
        if result._exp > self._exp:
            if result._int != 0 or self._int != 0:
                ctx._signal(_d.Rounded)
            if inexact:
                ctx._signal(_d.Inexact)
        return result

    def to_integral_value(self, rounding=None, context=None):
        if self._is_special() or self._exp >= 0:
            return self
        ctx = _context(context)
        return self._rescale(0, rounding or ctx.rounding)[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if self._is_special() or self._exp >= 0:
            return self
        ctx = _context(context)
        result, inexact = self._rescale(0, rounding or ctx.rounding)
        ctx._signal(_d.Rounded)
        if inexact:
            ctx._signal(_d.Inexact)
        return result

    def normalize(self, context=None):
        ctx = _context(context)
        if self._is_special():
            return self
        d = self._fix(ctx)
        if d._int == 0:
            return _new(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return _new(d._sign, coeff, exp)

    def scaleb(self, other, context=None):
        other = _convert(other)
        if self._is_special():
            return self
        return _new(self._sign, self._int, self._exp + int(other))._fix(_context(context))

    def fma(self, other, third, context=None):
        product = _new(self._sign ^ _convert(other)._sign, self._int * _convert(other)._int,
                       self._exp + _convert(other)._exp)
        return product._op_add(third, context)

    from _decimal_compare import (_cmp, __eq__, __ne__, __lt__, __le__, __gt__, __ge__,
                                  __hash__, compare, max, min, __bool__, __int__, __float__,
                                  __round__, __floor__, __ceil__, __complex__, exp, ln,
                                  log10)
    from _decimal_misc import (logb, is_subnormal, number_class, next_plus, next_minus,
                               next_toward, remainder_near, max_mag, min_mag, compare_total,
                               compare_total_mag, compare_signal, canonical, is_canonical,
                               radix)
    __trunc__ = __int__

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- the operator methods, with the argument checks of CPython's C slot wrappers ----
# (the _op_* implementations also take a context, which the Context methods pass; the
# dunders themselves accept exactly the operands, as Decimal's C methods do)

def _plural(n):
    return '' if n == 1 else 's'


def _slot(name, impl, count):
    def slot(self, *args, **kwargs):
        if kwargs:
            raise TypeError('wrapper %s() takes no keyword arguments' % name)
        if len(args) != count:
            raise TypeError('expected %d argument%s, got %d' % (count, _plural(count), len(args)))
        return impl(self, *args)
    return slot


def _ternary_slot(name, impl):
    # matches CPython's ternary wrapper: its messages start with an empty function name.
    def slot(self, *args, **kwargs):
        if kwargs:
            raise TypeError('wrapper %s() takes no keyword arguments' % name)
        if not args:
            raise TypeError(' expected at least 1 argument, got 0')
        if len(args) > 2:
            raise TypeError(' expected at most 2 arguments, got %d' % len(args))
        return impl(self, *args)
    return slot


def _rpow_with_modulo(self, other, modulo=None):
    if modulo is None:
        return self._op_rpow(other)
    other = _convert(other)
    if other is NotImplemented:
        return other
    return other._op_pow(self, modulo)


def _install_slots():
    binary = {'add': '_op_add', 'radd': '_op_add', 'sub': '_op_sub', 'rsub': '_op_rsub',
              'mul': '_op_mul', 'rmul': '_op_mul', 'truediv': '_op_truediv',
              'rtruediv': '_op_rtruediv', 'floordiv': '_op_floordiv',
              'rfloordiv': '_op_rfloordiv', 'mod': '_op_mod', 'rmod': '_op_rmod',
              'divmod': '_op_divmod', 'rdivmod': '_op_rdivmod'}
    unary = {'neg': '_op_neg', 'pos': '_op_pos', 'abs': '_op_abs', 'str': '_op_str'}
    slots = {}
    for name, impl in binary.items():
        slots[name] = _slot('__%s__' % name, getattr(Decimal, impl), 1)
    for name, impl in unary.items():
        slots[name] = _slot('__%s__' % name, getattr(Decimal, impl), 0)
    slots['pow'] = _ternary_slot('__pow__', Decimal._op_pow)
    slots['rpow'] = _ternary_slot('__rpow__', _rpow_with_modulo)
    for name, fn in slots.items():
        fn.__name__ = '__%s__' % name
        fn.__qualname__ = 'Decimal.__%s__' % name
        setattr(Decimal, fn.__name__, fn)


_install_slots()
del _install_slots
