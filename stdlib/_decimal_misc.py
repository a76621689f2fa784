"""decimal's less common Decimal methods (logb, next_plus, number_class, remainder_near, ...)
and the Context methods that apply a Decimal method under that context, as CPython's."""

import decimal as _d
from _decimal_context import getcontext, _context
from _decimal_number import _digits


def _operand(other):
    from _decimal_number import _convert
    converted = _convert(other)
    if converted is NotImplemented:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return converted


def logb(self, context=None):
    from _decimal_number import _new
    ctx = _context(context)
    if self.is_nan():
        return self._check_nans(None, ctx)
    if self.is_infinite():
        return _new(0, 0, 'F')
    if self._int == 0:
        ctx._signal(_d.DivisionByZero)
        return _new(1, 0, 'F')
    a = self.adjusted()
    return _new(1 if a < 0 else 0, abs(a), 0)


def is_subnormal(self, context=None):
    ctx = _context(context)
    return self.is_finite() and self._int != 0 and self.adjusted() < ctx.Emin


def number_class(self, context=None):
    ctx = _context(context)
    if self.is_snan():
        return 'sNaN'
    if self.is_nan():
        return 'NaN'
    sign = '-' if self._sign else '+'
    if self.is_infinite():
        return sign + 'Infinity'
    if self._int == 0:
        return sign + 'Zero'
    return sign + ('Subnormal' if self.adjusted() < ctx.Emin else 'Normal')


def _step(self, up, ctx):
    """The next representable value above (up) or below x at the context precision."""
    from _decimal_number import _new
    if self.is_nan():
        return self._check_nans(None, ctx)
    largest = _new(0, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    if self.is_infinite():
        if bool(self._sign) == up:
            return largest.copy_negate() if up else largest
        return self
    etiny = ctx.Etiny()
    if self._int == 0:
        return _new(0 if up else 1, 1, etiny)
    step = 1 if up else -1
    exp = max(self.adjusted() - ctx.prec + 1, etiny)
    value = -self._int if self._sign else self._int
    if self._exp >= exp:
        n = value * 10 ** (self._exp - exp) + step
        shrinks = abs(n) < abs(value * 10 ** (self._exp - exp))
        if shrinks and abs(n) < 10 ** (ctx.prec - 1) and exp > etiny:
            # Stepping down from a power of ten: the next value has one more digit.
            exp -= 1
            n = value * 10 ** (self._exp - exp) + step
    else:
        q, r = divmod(value, 10 ** (exp - self._exp))
        n = q + 1 if up else (q if r else q - 1)
    return _new(1 if n < 0 else 0, abs(n), exp)._fix(ctx)


def next_plus(self, context=None):
    return _step(self, True, _context(context))


def next_minus(self, context=None):
    return _step(self, False, _context(context))


def next_toward(self, other, context=None):
    from _decimal_compare import _cmp
    ctx = _context(context)
    other = _operand(other)
    if self.is_nan() or other.is_nan():
        return self._check_nans(other, ctx)
    c = _cmp(self, other)
    if c == 0:
        return self.copy_sign(other)
    return _step(self, c < 0, ctx)


def remainder_near(self, other, context=None):
    """x - n*y with n the integer nearest x/y (ties to even)."""
    from _decimal_number import _new
    ctx = _context(context)
    other = _operand(other)
    if self.is_nan() or other.is_nan():
        return self._check_nans(other, ctx)
    if self.is_infinite() or other._int == 0 and not other.is_infinite():
        return self._invalid(ctx)
    if other.is_infinite():
        return self._fix(ctx)
    exp = min(self._exp, other._exp)
    a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
    b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
    q, r = divmod(a, b)
    if 2 * r * (1 if b > 0 else -1) > abs(b) or (2 * abs(r) == abs(b) and q % 2):
        q += 1
        r -= b
    if _digits(abs(q)) > ctx.prec:
        return self._invalid(ctx, _d.DivisionImpossible)
    return _new(self._sign if r == 0 else (1 if r < 0 else 0), abs(r), exp)._fix(ctx)


def _by_magnitude(self, other, context, pick_larger):
    from _decimal_compare import _cmp
    other = _operand(other)
    if self.is_nan() or other.is_nan():
        return self.max(other, context) if pick_larger else self.min(other, context)
    c = _cmp(self.copy_abs(), other.copy_abs())
    if c == 0:
        return self.max(other, context) if pick_larger else self.min(other, context)
    return (self if (c > 0) == pick_larger else other)._fix(_context(context))


def max_mag(self, other, context=None):
    return _by_magnitude(self, other, context, True)


def min_mag(self, other, context=None):
    return _by_magnitude(self, other, context, False)


def compare_total(self, other, context=None):
    """-1, 0 or 1 in the total order (numeric, then exponent), as Decimals."""
    from _decimal_compare import _cmp
    from _decimal_number import Decimal
    other = _operand(other)
    if self._sign != other._sign:
        return Decimal(-1 if self._sign else 1)
    if self.is_nan() or other.is_nan():
        rank = {True: 1, False: 0}
        c = rank[self.is_nan()] - rank[other.is_nan()]
    else:
        c = _cmp(self, other)
        if c == 0 and self.is_finite():
            c = (self._exp > other._exp) - (self._exp < other._exp)
            if self._sign:
                c = -c
    return Decimal(c)


def compare_total_mag(self, other, context=None):
    return compare_total(self.copy_abs(), _operand(other).copy_abs())


def compare_signal(self, other, context=None):
    ctx = _context(context)
    other = _operand(other)
    if self.is_nan() or other.is_nan():
        return self._invalid(ctx)
    return self.compare(other, ctx)


def canonical(self):
    return self


def is_canonical(self):
    return True


def radix(self):
    from _decimal_number import Decimal
    return Decimal(10)


# Context methods: Context.name(a, ...) is Decimal(a).name(..., context=self); ints are
# accepted, strings are a TypeError as in CPython's C implementation.
_UNARY = ['exp', 'ln', 'log10', 'logb', 'sqrt', 'normalize', 'next_plus', 'next_minus',
          'number_class', 'to_integral', 'to_integral_exact', 'to_integral_value', 'is_normal',
          'is_subnormal']
_UNARY_NO_CONTEXT = ['copy_abs', 'copy_negate', 'is_finite', 'is_infinite', 'is_nan',
                     'is_qnan', 'is_snan', 'is_signed', 'is_zero', 'canonical', 'is_canonical']
_BINARY = ['compare', 'compare_signal', 'max', 'max_mag', 'min', 'min_mag', 'next_toward',
           'quantize', 'remainder_near', 'same_quantum', 'scaleb', 'copy_sign']
_OPERATORS = {'add': '_op_add', 'subtract': '_op_sub', 'multiply': '_op_mul',
              'divide': '_op_truediv', 'divide_int': '_op_floordiv', 'remainder': '_op_mod',
              'divmod': '_op_divmod'}


def _unary(name, with_context):
    def method(self, a):
        x = _operand(a)
        return getattr(x, name)(context=self) if with_context else getattr(x, name)()
    method.__name__ = name
    return method


def _binary(name):
    def method(self, a, b):
        return getattr(_operand(a), name)(_operand(b), context=self)
    method.__name__ = name
    return method


def _operator(name, dunder):
    def method(self, a, b):
        return getattr(_operand(a), dunder)(_operand(b), context=self)
    method.__name__ = name
    return method


def _install(context_class):
    for name in _UNARY:
        setattr(context_class, name, _unary(name, True))
    for name in _UNARY_NO_CONTEXT:
        setattr(context_class, name, _unary(name, False))
    for name in _BINARY:
        setattr(context_class, name, _binary(name))
    for name, dunder in _OPERATORS.items():
        setattr(context_class, name, _operator(name, dunder))

    def power(self, a, b, modulo=None):
        return _operand(a)._op_pow(_operand(b), modulo, self)

    def fma(self, a, b, c):
        return _operand(a).fma(b, c, self)

    def minus(self, a):
        return _operand(a)._op_neg(self)

    def plus(self, a):
        return _operand(a)._op_pos(self)

    def abs(self, a):
        return _operand(a)._op_abs(context=self)

    def to_sci_string(self, a):
        return _operand(a)._op_str(context=self)

    def to_eng_string(self, a):
        return _operand(a).to_eng_string(self)

    def copy_decimal(self, a):
        return _operand(a)

    def radix(self):
        from _decimal_number import Decimal
        return Decimal(10)

    for f in (power, fma, minus, plus, abs, to_sci_string, to_eng_string, copy_decimal, radix):
        setattr(context_class, f.__name__, f)
