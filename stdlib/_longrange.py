"""Ranges whose bounds do not fit the native range (CPython's longrange).

`range()` keeps start, stop and step as machine integers when they are small enough that no
length or step can overflow; otherwise it returns a `longrange`, which does the same arithmetic
on Python ints and answers to `range` for `isinstance` and `__class__`. Slices and results that
fit become native ranges again.
"""

import sys

from _traceback import _hide_frames


def _index(value):
    """`value` as an int, as range() and range indexing convert their arguments."""
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


class longrange:
    """range(stop) -> range object\nrange(start, stop[, step]) -> range object"""
    __slots__ = ('_start', '_stop', '_step', '_len')

    def __init__(self, start, stop, step):
        self._start = start
        self._stop = stop
        self._step = step
        if step > 0 and start < stop:
            self._len = (stop - start - 1) // step + 1
        elif step < 0 and start > stop:
            self._len = (start - stop - 1) // (-step) + 1
        else:
            self._len = 0

    __class__ = property(lambda self: range)

    start = property(lambda self: self._start)
    stop = property(lambda self: self._stop)
    step = property(lambda self: self._step)

    def __repr__(self):
        if self._step == 1:
            return 'range(%r, %r)' % (self._start, self._stop)
        return 'range(%r, %r, %r)' % (self._start, self._stop, self._step)

    @_hide_frames
    def __len__(self):
        if self._len > sys.maxsize:
            raise OverflowError('Python int too large to convert to C ssize_t')
        return self._len

    def __bool__(self):
        return self._len != 0

    def __iter__(self):
        return longrange_iterator(self._start, self._step, self._len)

    def __reversed__(self):
        return longrange_iterator(self._start + (self._len - 1) * self._step, -self._step, self._len)

    @_hide_frames
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = _slice_indices(key, self._len)
            return range(self._start + start * self._step, self._start + stop * self._step, step * self._step)
        try:
            i = _index(key)
        except TypeError:
            raise TypeError('range indices must be integers or slices, not %s' % type(key).__name__) from None
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError('range object index out of range')
        return self._start + i * self._step

    def _position(self, value):
        """The index of int `value` in the range, or None."""
        offset = value - self._start
        if offset % self._step:
            return None
        i = offset // self._step
        return i if 0 <= i < self._len else None

    def __contains__(self, value):
        if type(value) is int or type(value) is bool:
            return self._position(value) is not None
        return any(value == item for item in self)

    @_hide_frames
    def index(self, value):
        if type(value) is int or type(value) is bool:
            i = self._position(value)
            if i is not None:
                return i
        else:
            for i, item in enumerate(self):
                if item == value:
                    return i
        raise ValueError('%r is not in range' % (value,))

    def count(self, value):
        if type(value) is int or type(value) is bool:
            return int(self._position(value) is not None)
        return sum(1 for item in self if item == value)

    def __eq__(self, other):
        if not isinstance(other, range):
            return NotImplemented
        return _key(self) == _key(other)

    def __ne__(self, other):
        if not isinstance(other, range):
            return NotImplemented
        return _key(self) != _key(other)

    def __hash__(self):
        return hash(_key(self))

    def __reduce__(self):
        return (range, (self._start, self._stop, self._step))


def _key(r):
    """What equality and hashing compare, as CPython's range: (length, first, step), with the
    parts that do not matter for 0 or 1 items left out."""
    n = r._len if type(r) is longrange else len(r)
    if n == 0:
        return (0, None, None)
    if n == 1:
        return (1, r.start, None)
    return (n, r.start, r.step)


class longrange_iterator:
    __slots__ = ('_next', '_step', '_left')

    def __init__(self, first, step, count):
        self._next = first
        self._step = step
        self._left = count

    def __iter__(self):
        return self

    def __next__(self):
        if self._left <= 0:
            raise StopIteration
        value = self._next
        self._next = value + self._step
        self._left -= 1
        return value

    def __length_hint__(self):
        return max(self._left, 0)


# Both print as the built-in types they stand for: `<class 'range'>`,
# `<longrange_iterator object at ...>`.
longrange.__name__ = longrange.__qualname__ = 'range'
longrange.__module__ = longrange_iterator.__module__ = 'builtins'


def _slice_indices(s, length):
    """`slice.indices(length)` for a length of any size."""
    step = 1 if s.step is None else _index(s.step)
    if step == 0:
        raise ValueError('slice step cannot be zero')
    lower, upper = (-1, length - 1) if step < 0 else (0, length)

    def bound(value, default):
        if value is None:
            return default
        value = _index(value)
        if value < 0:
            return max(value + length, lower)
        return min(value, upper)

    start = bound(s.start, upper if step < 0 else lower)
    stop = bound(s.stop, lower if step < 0 else upper)
    return start, stop, step


def make(*args):
    """`range(*args)` for arguments the native range cannot hold."""
    values = [_index(a) for a in args]
    if len(values) == 1:
        return longrange(0, values[0], 1)
    if len(values) == 2:
        return longrange(values[0], values[1], 1)
    return longrange(*values)
