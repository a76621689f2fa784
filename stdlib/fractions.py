"""`Fraction`: exact rational numbers (normalised numerator/denominator ints), enough of
CPython's API for arithmetic, comparison and conversion."""

import math
import numbers

__all__ = ["Fraction"]


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                return cls._from_str(numerator)
            raise TypeError("argument should be a string or a Rational instance")
        if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
            f = Fraction(numerator) / Fraction(denominator)
            self._numerator, self._denominator = f._numerator, f._denominator
            return self
        if not isinstance(numerator, int) or not isinstance(denominator, int):
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_str(cls, s):
        text = s.strip()
        if "/" in text:
            n, d = text.split("/")
            return cls(int(n), int(d))
        if "e" in text.lower() or "." in text:
            mant, _, exp = text.lower().partition("e")
            exp = int(exp) if exp else 0
            whole, _, frac = mant.partition(".")
            sign = -1 if whole.startswith("-") else 1
            digits = int((whole.lstrip("+-") or "0") + frac)
            exp -= len(frac)
            if exp >= 0:
                return cls(sign * digits * 10 ** exp)
            return cls(sign * digits, 10 ** -exp)
        return cls(int(text))

    @classmethod
    def from_float(cls, f):
        return cls(f)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return "Fraction(%s, %s)" % (self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fop, flop):
        o = Fraction._coerce(other)
        if o is not None:
            return fop(self, o)
        if isinstance(other, float):
            return flop(float(self), other)
        return NotImplemented

    def __add__(a, b):
        return a._op(b, lambda x, y: Fraction(x._numerator * y._denominator + y._numerator * x._denominator,
                                              x._denominator * y._denominator), lambda x, y: x + y)

    def __radd__(a, b):
        return a.__add__(b)

    def __sub__(a, b):
        return a._op(b, lambda x, y: Fraction(x._numerator * y._denominator - y._numerator * x._denominator,
                                              x._denominator * y._denominator), lambda x, y: x - y)

    def __rsub__(a, b):
        return (-a).__add__(b)

    def __mul__(a, b):
        return a._op(b, lambda x, y: Fraction(x._numerator * y._numerator, x._denominator * y._denominator),
                     lambda x, y: x * y)

    def __rmul__(a, b):
        return a.__mul__(b)

    def __truediv__(a, b):
        return a._op(b, lambda x, y: Fraction(x._numerator * y._denominator, x._denominator * y._numerator),
                     lambda x, y: x / y)

    def __rtruediv__(a, b):
        o = Fraction._coerce(b)
        if o is not None:
            return o / a
        if isinstance(b, float):
            return b / float(a)
        return NotImplemented

    def __floordiv__(a, b):
        r = a / b
        return r if isinstance(r, float) and math.isnan(r) else math.floor(r)

    def __mod__(a, b):
        return a - b * (a // b)

    def __pow__(a, b):
        if isinstance(b, int):
            if b >= 0:
                return Fraction(a._numerator ** b, a._denominator ** b)
            return Fraction(a._denominator ** -b, a._numerator ** -b)
        return float(a) ** b

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __pos__(a):
        return Fraction(a)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __int__(a):
        return a.__trunc__()

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        return hash(float(self))

    def _cmp(self, other, op):
        o = Fraction._coerce(other)
        if o is not None:
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, Fraction(other))
        return NotImplemented

    def __eq__(a, b):
        return a._cmp(b, lambda x, y: x == y)

    def __lt__(a, b):
        return a._cmp(b, lambda x, y: x < y)

    def __le__(a, b):
        return a._cmp(b, lambda x, y: x <= y)

    def __gt__(a, b):
        return a._cmp(b, lambda x, y: x > y)

    def __ge__(a, b):
        return a._cmp(b, lambda x, y: x >= y)


# matches CPython, where Fraction derives from numbers.Rational.
numbers.Rational.register(Fraction)
