"""array: compact arrays of one C numeric type ('b', 'i', 'd', ...), with CPython's reprs,
range checks and messages; the items are kept as Python values and packed with struct for
tobytes()/frombytes()."""

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

# typecode -> (struct format, itemsize, (min, max) for integers, over-max and under-min
# messages); the messages are those CPython's C converters give.
_LONG = 'Python int too large to convert to C long'
_ULONG = 'Python int too large to convert to C unsigned long'
_NEG_UINT = "can't convert negative value to unsigned int"
_INFO = {
    'b': ('b', 1, (-128, 127), 'signed char is greater than maximum',
          'signed char is less than minimum'),
    'B': ('B', 1, (0, 255), 'unsigned byte integer is greater than maximum',
          'unsigned byte integer is less than minimum'),
    'h': ('h', 2, (-2**15, 2**15 - 1), 'signed short integer is greater than maximum',
          'signed short integer is less than minimum'),
    'H': ('H', 2, (0, 2**16 - 1), 'unsigned short is greater than maximum',
          'unsigned short is less than minimum'),
    'i': ('i', 4, (-2**31, 2**31 - 1), 'signed integer is greater than maximum',
          'signed integer is less than minimum'),
    'I': ('I', 4, (0, 2**32 - 1), 'unsigned int is greater than maximum', _NEG_UINT),
    'l': ('l', 8, (-2**63, 2**63 - 1), _LONG, _LONG),
    'L': ('L', 8, (0, 2**64 - 1), _ULONG, _NEG_UINT),
    'q': ('q', 8, (-2**63, 2**63 - 1), 'int too big to convert', 'int too big to convert'),
    'Q': ('Q', 8, (0, 2**64 - 1), 'int too big to convert', "can't convert negative int to unsigned"),
    'f': ('f', 4, None, None, None),
    'd': ('d', 8, None, None, None),
    'u': ('I', 4, None, None, None),
}


def _check_int(typecode, v):
    import operator
    v = operator.index(v) if not isinstance(v, int) else int(v)
    fmt, size, (lo, hi), over, under = _INFO[typecode]
    # CPython parses 'b' through a C short and 'H' through a C int first.
    if typecode == 'b' and not -2**15 <= v < 2**15 and -2**63 <= v < 2**63:
        _, _, (lo, hi), over, under = _INFO['h']
    elif typecode == 'H' and not -2**31 <= v < 2**31 and -2**63 <= v < 2**63:
        _, _, (lo, hi), over, under = _INFO['i']
    signed_long = typecode in 'bBhHil'
    if signed_long and not -2**63 <= v < 2**63:
        # CPython converts through a C long first.
        raise OverflowError(_ULONG if typecode in 'IL' and v > 0 else _LONG)
    if typecode in 'IL' and v < 0:
        raise OverflowError(_NEG_UINT)
    if typecode in 'IL' and v >= 2**64:
        raise OverflowError(_ULONG)
    if v > hi:
        raise OverflowError(over)
    if v < lo:
        raise OverflowError(under)
    return v


def _check(typecode, v):
    if typecode in 'fd':
        if isinstance(v, (float, int)) or hasattr(type(v), '__float__'):
            v = float(v)
        else:
            raise TypeError('must be real number, not %s' % type(v).__name__)
        if typecode == 'f':
            # Stored as a C float: rounded to single precision, too large becomes inf.
            if v != v or abs(v) == float('inf'):
                return v
            if abs(v) >= 3.4028235677973366e38:
                return float('inf') if v > 0 else float('-inf')
            return _struct.unpack('<f', _struct.pack('<f', v))[0]
        return v
    if typecode == 'u':
        if isinstance(v, str) and len(v) == 1:
            return v
        raise TypeError('array item must be unicode character')
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(v, int) and not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return _check_int(typecode, v)


class array:
    """array(typecode[, initializer]) -> array"""

    __slots__ = ('_typecode', '_items', '_allocated', '__weakref__')
    # CPython's array has Py_TPFLAGS_SEQUENCE (a sequence to `match`); class creation takes
    # this out of the namespace.
    __abc_tpflags__ = 1 << 5

    def __new__(cls, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        self._allocated = 0
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
            return self
        elif isinstance(initializer, array):
            if typecode == 'u' and initializer._typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            self._items = [_check(typecode, v) for v in initializer._items]
        elif isinstance(initializer, (list, tuple)):
            self._items = [_check(typecode, v) for v in initializer]
        else:
            # CPython extends an empty array from any other iterable item by item.
            for v in initializer:
                self.append(v)
            return self
        # sized exactly for a list, tuple, str or array initializer
        self._allocated = len(self._items)
        return self

    def _resize(self, newsize):
        # CPython's array_resize, for __sizeof__: a shrink that keeps at least half the
        # room (or a growth into spare room) keeps the buffer; otherwise it is reallocated
        # with about 1/16 more, plus 3 or 7 items.
        size = len(self._items)
        if self._allocated >= newsize and size < newsize + 16 and self._allocated:
            return
        if newsize == 0:
            self._allocated = 0
            return
        self._allocated = (newsize >> 4) + (3 if size < 8 else 7) + newsize

    def __sizeof__(self):
        return 64 + self._allocated * self.itemsize

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _INFO[self._typecode][1]

    def _same(self, other):
        if not isinstance(other, array):
            return False
        return True

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._typecode)
        if self._typecode == 'u':
            return "%s('u', %r)" % (name, ''.join(self._items))
        return "%s('%s', %r)" % (name, self._typecode, self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return array(self._typecode, self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            items = list(self._items)
            items[index] = value._items
            if index.step in (None, 1):
                self._resize(len(items))
            self._items = items
            return
        try:
            self._items[index] = _check(self._typecode, value)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            if isinstance(index, slice):
                removed = len(range(*index.indices(len(self._items))))
            else:
                self._items[index]
                removed = 1
            self._resize(len(self._items) - removed)
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def _other(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array'
                            % (what, type(other).__name__))
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        return other

    def __add__(self, other):
        other = self._other(other, 'append')
        return array(self._typecode, self._items + other._items)

    def __iadd__(self, other):
        other = self._other(other, 'extend')
        self._resize(len(self._items) + len(other._items))
        self._items += other._items
        return self

    def __mul__(self, n):
        return array(self._typecode, self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if self._items:
            self._resize(len(self._items) * max(n, 0))
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def append(self, v):
        v = _check(self._typecode, v)
        self._resize(len(self._items) + 1)
        self._items.append(v)

    def extend(self, iterable):
        if isinstance(iterable, array):
            other = self._other(iterable, 'extend')
            self._resize(len(self._items) + len(other._items))
            self._items += other._items
        else:
            for v in iterable:
                self.append(v)

    def insert(self, i, v):
        v = _check(self._typecode, v)
        self._resize(len(self._items) + 1)
        self._items.insert(i, v)

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            value = self._items[i]
        except IndexError:
            raise IndexError('pop index out of range') from None
        del self[i]
        return value

    def remove(self, v):
        try:
            del self[self._items.index(v)]
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        values = [_check(self._typecode, v) for v in items]
        self._resize(len(self._items) + len(values))
        self._items += values

    def _fmt(self, n):
        return '<%d%s' % (n, _INFO[self._typecode][0])

    def tobytes(self):
        items = [ord(c) for c in self._items] if self._typecode == 'u' else self._items
        return _struct.pack(self._fmt(len(items)), *items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = list(_struct.unpack(self._fmt(len(data) // size), data))
        self._resize(len(self._items) + len(values))
        self._items += [chr(v) for v in values] if self._typecode == 'u' else values

    def __bytes__(self):
        return self.tobytes()

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._resize(len(self._items) + len(s))
        self._items += list(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError('read() didn\'t return enough bytes')

    def byteswap(self):
        if self.itemsize == 1:
            return
        data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __copy__(self):
        return array(self._typecode, self._items)

    def __deepcopy__(self, memo):
        return array(self._typecode, self._items)

    def __reduce__(self):
        return (array, (self._typecode, list(self._items)))


ArrayType = array
array.__module__ = 'array'


def _name_c_type():
    # CPython's array is a C type named 'array.array' in error messages.
    import _time
    _time._set_type_name(array, 'array.array')


_name_c_type()


# CPython's array module is C: none of its frames shows in a traceback.
import _c_frames  # noqa: E402
_c_frames.hide_namespace(globals(), (__name__,))
del _c_frames
