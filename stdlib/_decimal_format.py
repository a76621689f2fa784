"""decimal's format() support and square root, following CPython's _pydecimal."""

import re as _re
import decimal as _d

# The grammar of CPython's C decimal (libmpdec), which is narrower than float's: no '#',
# no '_' grouping, no '0' together with an alignment, 'z' on either side of the sign.
_SPEC = _re.compile(r"""\A
(?:(?P<fill>.)?(?P<align>[<>=^]))?
(?:(?P<sign>[-+ ])?(?P<no_neg_0>z)?|(?P<z_first>z)(?P<sign_after>[-+ ]))
(?P<zeropad>0)?
(?P<minimumwidth>[1-9]\d*)?
(?P<thousands_sep>,)?
(?:\.(?P<precision>\d+))?
(?P<type>[eEfFgGnN%])?
\Z""", _re.VERBOSE | _re.DOTALL)


def _parse_spec(spec):
    m = _SPEC.match(spec)
    if m is None:
        raise ValueError('invalid format string')
    d = m.groupdict()
    if d['z_first']:
        d['no_neg_0'], d['sign'] = d['z_first'], d['sign_after']
    fill, align = d['fill'], d['align']
    d['zeropad'] = d['zeropad'] is not None
    if (d['zeropad'] and align is not None) or (d['thousands_sep'] and d['type'] in ('n', 'N')):
        raise ValueError('invalid format string')
    d['fill'] = fill or ('0' if d['zeropad'] else ' ')
    d['align'] = align or ('=' if d['zeropad'] else '>')
    d['sign'] = d['sign'] or '-'
    d['minimumwidth'] = int(d['minimumwidth'] or '0')
    if d['precision'] is not None:
        d['precision'] = int(d['precision'])
    if d['precision'] == 0 and d['type'] in ('g', 'G', 'n', 'N', None):
        d['precision'] = 1
    return d


def _group(intpart, sep, min_width):
    if not sep:
        return intpart.rjust(min_width, '0') if min_width > len(intpart) else intpart
    groups = []
    digits = intpart
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    text = sep.join(reversed(groups))
    while len(text) < min_width:
        # Zero padding grows the number in grouped form, as CPython's _insert_thousands_sep.
        groups_len = len(text.replace(sep, '')) + 1
        text = ('0' + sep if groups_len % 3 == 1 else '0') + text
    return text


def _align(sign, body, spec):
    width = spec['minimumwidth']
    fill = spec['fill']
    padding = width - len(sign) - len(body)
    if padding <= 0:
        return sign + body
    if spec['align'] == '<':
        return sign + body + fill * padding
    if spec['align'] == '>':
        return fill * padding + sign + body
    if spec['align'] == '=':
        return sign + fill * padding + body
    half = padding // 2
    return fill * half + sign + body + fill * (padding - half)


def format_decimal(d, specifier, context):
    from _decimal_number import _new, _int_str, _digits
    spec = _parse_spec(specifier)
    if spec['type'] in ('n', 'N'):
        spec['type'] = 'g' if spec['type'] == 'n' else 'G'
        spec['thousands_sep'] = None
    sign = '-' if d._sign else ('' if spec['sign'] == '-' else spec['sign'])
    if d._is_special():
        body = 'Infinity' if d.is_infinite() else str(d.copy_abs())
        if spec['type'] == '%':
            body += '%'
        if spec['zeropad']:
            # a leading '0' zero-fills numbers only: NaN and Infinity get spaces, on the left
            spec['fill'], spec['align'] = ' ', '>'
        return _align(sign, body, spec)
    typ = spec['type']
    if typ is None:
        typ = ['g', 'G'][context.capitals]
    if typ == '%':
        d = _new(d._sign, d._int, d._exp + 2)
    rounding = context.rounding
    precision = spec['precision']
    if precision is not None:
        if typ in 'eE':
            d = _round_digits(d, precision + 1, rounding)
        elif typ in 'fF%':
            d = d._rescale(-precision, rounding)[0]
        elif typ in 'gG' and _digits(d._int) > precision:
            d = _round_digits(d, precision, rounding)
    if d._int == 0 and d._exp > 0 and typ in 'fF%':
        d = d._rescale(0, rounding)[0]
    if d._int == 0 and spec['no_neg_0'] and d._sign:
        sign = '' if spec['sign'] == '-' else spec['sign']
    digits = _int_str(d._int)
    leftdigits = d._exp + len(digits)
    if typ in 'eE':
        dotplace = 1 - precision if (d._int == 0 and precision is not None) else 1
    elif typ in 'fF%':
        dotplace = leftdigits
    else:
        dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
    if dotplace < 0:
        intpart, fracpart = '0', '0' * (-dotplace) + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
    else:
        intpart, fracpart = digits[:dotplace] or '0', digits[dotplace:]
    exp = leftdigits - dotplace
    if fracpart:
        fracpart = '.' + fracpart
    if exp != 0 or typ in 'eE':
        fracpart += '{0}{1:+}'.format({'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[typ], exp)
    if typ == '%':
        fracpart += '%'
    min_width = 0
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    intpart = _group(intpart, spec['thousands_sep'], min_width)
    return _align(sign, intpart + fracpart, spec)


def _round_digits(d, places, rounding):
    """Round to `places` significant digits (CPython's Decimal._round)."""
    if places <= 0:
        raise ValueError('argument should be at least 1 in _round')
    if d._int == 0:
        from _decimal_number import _new
        return _new(d._sign, 0, d._exp)
    result, _ = d._rescale(d.adjusted() + 1 - places, rounding)
    if result.adjusted() != d.adjusted():
        result, _ = result._rescale(result.adjusted() + 1 - places, rounding)
    return result


def decimal_sqrt(self, context):
    """Square root, correctly rounded with ROUND_HALF_EVEN (CPython's Decimal.sqrt)."""
    from math import isqrt
    from _decimal_number import _new
    if self._is_special():
        nan = self._check_nans(None, context)
        if nan is not None:
            return nan
        if self._sign == 0:
            return self
    if self._int == 0:
        return _new(self._sign, 0, self._exp >> 1)
    if self._sign == 1:
        return self._invalid(context)
    prec = context.prec + 1
    from _decimal_number import _digits
    ndigits = _digits(self._int)
    e = self._exp >> 1
    if self._exp & 1:
        c = self._int * 10
        length = (ndigits >> 1) + 1
    else:
        c = self._int
        length = (ndigits + 1) >> 1
    shift = prec - length
    if shift >= 0:
        c *= 100 ** shift
        exact = True
    else:
        c, remainder = divmod(c, 100 ** -shift)
        exact = not remainder
    e -= shift
    n = isqrt(c)
    exact = exact and n * n == c
    if exact:
        if shift >= 0:
            n //= 10 ** shift
        else:
            n *= 10 ** -shift
        e += shift
    elif n % 5 == 0:
        n += 1
    ctx = context.copy()
    ctx.rounding = _d.ROUND_HALF_EVEN
    result = _new(0, n, e)._fix(ctx)
    for signal in (_d.Inexact, _d.Rounded):
        if ctx.flags[signal]:
            context._signal(signal)
    return result


# Loaded on first use, after decimal hid the frames of its other parts.
import _c_frames  # noqa: E402
_c_frames.hide_namespace(globals(), (__name__,))
del _c_frames
