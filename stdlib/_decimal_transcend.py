"""decimal's exp, ln, log10 and powers with non-integral exponents, as CPython's C decimal.

exp/ln/log10 are correctly rounded with ROUND_HALF_EVEN whatever the context rounding (as
libmpdec); x ** y with a non-integral y is rounded with the context rounding, and an exact
result (9 ** 0.5) is given with the full precision ('3.000...'), as CPython prints it.

The values are computed in fixed point on Python ints with guard digits, and the guard is
widened until both ends of the error interval round to the same Decimal (Ziv's strategy):
an irrational result never sits on a rounding boundary, so the loop ends.
"""

import decimal as _d
from math import isqrt as _isqrt
from _decimal_number import _digits

_LN10 = [0, 0]  # [digits, ln(10) * 10**digits], the most precise value computed so far


def _ln_mantissa(m, p):
    """ln(m / 10**p) * 10**p for 10**p <= m <= 10**(p+1), within a few units."""
    q = p + 6
    scale = 10 ** q
    y = m * 10 ** 6
    # Eight square roots bring the argument within 1% of 1, where atanh converges fast.
    for _ in range(8):
        y = _isqrt(y * scale)
    t = (y - scale) * scale // (y + scale)
    t2 = t * t // scale
    total, term, n = t, t, 1
    while term:
        term = term * t2 // scale
        n += 2
        total += term // n
    return (total << 9) // 10 ** 6


def _ln10(p):
    """ln(10) * 10**p, within one unit."""
    if _LN10[0] < p:
        digits = p + 10
        _LN10[0], _LN10[1] = digits, _ln_mantissa(10 ** (digits + 1), digits)
    return _LN10[1] // 10 ** (_LN10[0] - p)


def _ln_fixed(c, e, p):
    """ln(c * 10**e) * 10**p, within 20 + |adjusted exponent| units."""
    n = _digits(c)
    adjusted = e + n - 1
    work = p + _digits(abs(adjusted)) + 2
    shift = work - (n - 1)
    m = c * 10 ** shift if shift >= 0 else c // 10 ** -shift
    total = _ln_mantissa(m, work) + adjusted * _ln10(work)
    return total // 10 ** (work - p)


def _exp_fixed(z, p):
    """(coefficient, exponent) of exp(z / 10**p), relative error about 10**-(p+4)."""
    work = p + 10
    scale = 10 ** work
    zw = z * 10 ** 10
    extra = _digits(abs(z) // 10 ** p) + 2
    ln10 = _ln10(work + extra)
    k = (zw * 10 ** extra) // ln10
    r = zw - k * ln10 // 10 ** extra
    # exp(r) with 0 <= r < ln 10: the Taylor series of r / 2**12, then squared back.
    r >>= 12
    total, term, n = scale, scale, 0
    while term:
        n += 1
        term = term * r // (scale * n)
        total += term
    for _ in range(12):
        total = total * total // scale
    return total, k - work


def _fixed_from_decimal(x, p):
    """x * 10**p truncated toward zero, as a signed int."""
    shift = x._exp + p
    v = x._int * 10 ** shift if shift >= 0 else x._int // 10 ** -shift
    return -v if x._sign else v


def _round_interval(sign, c, e, err, ctx, rounding):
    """The Decimal both ends of [c - err, c + err] * 10**e round to, or None."""
    from _decimal_number import _new, _drop_digits
    lo, hi = c - err, c + err
    if lo <= 0:
        return None
    ends = []
    for v in (lo, hi):
        drop = _digits(v) - ctx.prec
        coeff, _ = _drop_digits(sign, v, drop, rounding)
        exp = e + drop
        if _digits(coeff) > ctx.prec:
            coeff //= 10
            exp += 1
        if drop < 0:
            return None
        ends.append((coeff, exp))
    if ends[0] != ends[1]:
        return None
    return _new(sign, ends[0][0], ends[0][1])


def _finish(result, ctx):
    """Signal Inexact and Rounded, and Overflow/Underflow outside the context's range."""
    from _decimal_number import _new
    ctx._signal(_d.Inexact)
    ctx._signal(_d.Rounded)
    if result.adjusted() > ctx.Emax:
        ctx._signal(_d.Overflow)
        return _new(result._sign, 0, 'F')
    if result.adjusted() < ctx.Emin:
        for signal in (_d.Underflow, _d.Subnormal, _d.Clamped):
            ctx._signal(signal)
        return _new(result._sign, 0, ctx.Etiny())
    return result


def _ziv(approx, ctx, rounding):
    """Widen the guard digits until approx(guard) -> (sign, c, e, err) rounds unambiguously."""
    guard = 10
    while True:
        sign, c, e, err = approx(guard)
        result = _round_interval(sign, c, e, err, ctx, rounding)
        if result is not None:
            return _finish(result, ctx)
        if guard > 640:
            # Only an exact result sits on a boundary this long; take the centre.
            return _finish(_round_interval(sign, c, e, 0, ctx, rounding), ctx)
        guard *= 2


def _special(x, ctx):
    """The NaN result for a NaN operand, else None."""
    return x._check_nans(None, ctx)


def decimal_exp(x, ctx):
    from _decimal_number import _new
    if x.is_nan():
        return _special(x, ctx)
    if x.is_infinite():
        return _new(0, 0, 0) if x._sign else x
    if x._int == 0:
        return _new(0, 1, 0)
    if x.adjusted() > _digits(max(ctx.Emax, -ctx.Etiny())) + 1:
        # Far beyond the exponent range: certainly an overflow or an underflow.
        big = _new(0, 1, ctx.Emax + 1) if not x._sign else _new(0, 1, ctx.Etiny() - 2)
        return _finish(big, ctx)
    if x.adjusted() < -(ctx.prec + 3):
        # 1 + x, with x too small to matter beyond a sticky digit.
        if x._sign:
            tiny = _new(0, 10 ** (ctx.prec + 2) - 1, -(ctx.prec + 2))
        else:
            tiny = _new(0, 10 ** (ctx.prec + 1) + 1, -(ctx.prec + 1))
        half_even = ctx.copy()
        half_even.rounding = _d.ROUND_HALF_EVEN
        return _finish(tiny._fix(half_even), ctx)

    def approx(guard):
        p = ctx.prec + guard
        c, e = _exp_fixed(_fixed_from_decimal(x, p), p)
        return 0, c, e, c // 10 ** (p - 1) + 2

    return _ziv(approx, ctx, _d.ROUND_HALF_EVEN)


def _near_one_digits(x):
    """How many leading zeros |x - 1| has after the point: ln(x) is that much smaller."""
    from _decimal_number import _new
    exp = min(x._exp, 0)
    diff = abs(x._int * 10 ** (x._exp - exp) - 10 ** -exp)
    return max(0, -_new(0, diff, exp).adjusted()) if diff else 0


def _log(x, ctx, base10):
    from _decimal_number import _new
    if x.is_nan():
        return _special(x, ctx)
    if x._int == 0 and not x.is_infinite():
        return _new(1, 0, 'F')
    if x._sign:
        return x._invalid(ctx)
    if x.is_infinite():
        return x
    n = _digits(x._int)
    if x._int == 10 ** (n - 1) and (base10 or x._exp + n - 1 == 0):
        # log10 of a power of ten, and ln(1), are exact integers.
        k = x._exp + n - 1
        return _new(1 if k < 0 else 0, abs(k), 0)
    extra = _near_one_digits(x)

    def approx(guard):
        p = ctx.prec + guard + extra
        v = _ln_fixed(x._int, x._exp, p)
        err = 20 + abs(x.adjusted())
        if base10:
            v = v * 10 ** p // _ln10(p)
            err += 2
        return (1 if v < 0 else 0), abs(v), -p, err

    return _ziv(approx, ctx, _d.ROUND_HALF_EVEN)


def decimal_ln(x, ctx):
    return _log(x, ctx, False)


def decimal_log10(x, ctx):
    return _log(x, ctx, True)


def _iroot(n, k):
    """The integer k-th root of n >= 0, rounded down."""
    if n < 2:
        return n
    if k >= n.bit_length():
        return 1
    r = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        s = ((k - 1) * r + n // r ** (k - 1)) // k
        if s >= r:
            return r
        r = s


def _pad(result, ctx):
    """An exact power result shown with the full precision, as CPython gives it."""
    from _decimal_number import _new
    n = _digits(result._int)
    if n >= ctx.prec or result._int == 0:
        return result._fix(ctx)
    shift = ctx.prec - n
    return _new(result._sign, result._int * 10 ** shift, result._exp - shift)


def _exact_power(x, num, den, ctx):
    """x ** (num/den) when x is a perfect den-th power of a decimal, else None."""
    from _decimal_number import _new
    c, e = x._int, x._exp
    if c == 10 ** -e if e <= 0 else False:
        return _pad(_new(0, 1, 0), ctx)
    if den > 200:
        return None
    c2 = c * 10 ** (e % den)
    e2 = e - e % den
    root = _iroot(c2, den)
    if root ** den != c2:
        return None
    if _digits(root) * abs(num) > 20000:
        return None
    if num >= 0:
        return _pad(_new(0, root ** num, e2 // den * num)._fix(ctx), ctx)
    exact = _new(0, root ** -num, e2 // den * -num)
    q = _new(0, 1, 0)._op_truediv(exact, ctx)
    is_exact = q._int * exact._int * 10 ** (q._exp + exact._exp + 20000) == 10 ** 20000
    return _pad(q, ctx) if is_exact else q


def _infinite_exponent(x, y, ctx):
    from _decimal_number import _new
    if x._sign and not x.is_zero():
        return x._invalid(ctx)
    if x.is_infinite():
        return _new(0, 0, 'F') if not y._sign else _new(0, 0, 0)
    mag = x.copy_abs()._cmp(_new(0, 1, 0))
    if mag == 0:
        return _finish(_new(0, 10 ** (ctx.prec - 1), 1 - ctx.prec), ctx)
    grows = (mag > 0) != bool(y._sign)
    return _new(0, 0, 'F') if grows else _new(0, 0, 0)


def decimal_power(x, y, ctx):
    """x ** y for a non-integral or infinite y (integral finite y is the caller's)."""
    from fractions import Fraction
    from _decimal_number import _new
    if y.is_infinite():
        return _infinite_exponent(x, y, ctx)
    if x._sign and not (x.is_zero()):
        return x._invalid(ctx)
    if x.is_infinite():
        return _new(0, 0, 'F') if not y._sign else _new(0, 0, 0)
    if x._int == 0:
        return _new(0, 0, 'F') if y._sign else _new(0, 0, 0)
    ratio = Fraction(*y.as_integer_ratio())
    num, den = ratio.numerator, ratio.denominator
    exact = _exact_power(x, num, den, ctx)
    if exact is not None:
        return exact
    extra = max(0, y.adjusted() + 1) + _digits(abs(x.adjusted())) + 1

    def approx(guard):
        p = ctx.prec + guard + extra
        log = _ln_fixed(x._int, x._exp, p)
        z = log * (-y._int if y._sign else y._int)
        z = z * 10 ** y._exp if y._exp >= 0 else z // 10 ** -y._exp
        q = ctx.prec + guard
        c, e = _exp_fixed(z // 10 ** (p - q), q)
        return 0, c, e, c // 10 ** (q - 1) + 2

    if x.adjusted() * y.copy_abs() > 10 * max(ctx.Emax, -ctx.Etiny()):
        # The logarithm of the result is far beyond the exponent range.
        big = (x.adjusted() >= 0) != bool(y._sign)
        return _finish(_new(0, 1, ctx.Emax + 1) if big else _new(0, 1, ctx.Etiny() - 2), ctx)
    return _ziv(approx, ctx, ctx.rounding)


# Loaded on first use, after decimal hid the frames of its other parts.
import _c_frames  # noqa: E402
_c_frames.hide_namespace(globals(), (__name__,))
del _c_frames
