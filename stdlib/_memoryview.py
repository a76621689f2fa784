"""`memoryview` for bytes and bytearray, installed in builtins on first use. Views share the
underlying object: writes through a view of a bytearray change it, as CPython's buffer protocol
does. A view starts as unsigned bytes (format 'B'); `cast()` reinterprets a contiguous view as
items of another native struct format, one-dimensional or with a shape."""

# The native single-character struct formats a view can be cast to, and the byte formats one
# side of every cast must use (CPython's memory_cast rules).
_NATIVE_FORMATS = 'cbB?hHiIlLqQnNfdP'
_BYTE_FORMATS = ('B', 'b', 'c')


def _index(key):
    try:
        return key.__index__()
    except AttributeError:
        raise TypeError('memoryview: invalid slice key') from None


def _check_released(view):
    if view._released:
        raise ValueError('operation forbidden on released memoryview object')


class memoryview:
    # _export: what keeps a BytesIO's buffer exported while this view (or a slice) lives
    # _indices: the byte offset of each item, in C order (a range: its step is the stride of a
    # one-dimensional view); _shape: None for one dimension, else the cast's shape.
    __slots__ = ('_obj', '_indices', '_released', '_export', '_format', '_itemsize', '_shape',
                 '__weakref__')
    # CPython's memoryview has Py_TPFLAGS_SEQUENCE (a sequence to `match`); class creation
    # takes this out of the namespace.
    __abc_tpflags__ = 1 << 5

    def __init__(self, object):
        if isinstance(object, memoryview):
            _check_released(object)
            self._obj = object._obj
            self._indices = object._indices
            self._export = object._export
            self._format = object._format
            self._itemsize = object._itemsize
            self._shape = object._shape
        elif isinstance(object, (bytes, bytearray)):
            self._obj = object
            self._indices = range(len(object))
            self._export = None
            self._format = 'B'
            self._itemsize = 1
            self._shape = None
        elif hasattr(type(object), '_buffer_export'):
            # a stdlib class that is a C type with the buffer protocol in CPython (mmap)
            data, self._export = object._buffer_export()
            self._obj = data
            self._indices = range(len(data))
            self._format = 'B'
            self._itemsize = 1
            self._shape = None
        else:
            raise TypeError('memoryview: a bytes-like object is required, not %r'
                            % type(object).__name__)
        self._released = False

    @property
    def obj(self):
        _check_released(self)
        return self._obj

    @property
    def nbytes(self):
        _check_released(self)
        return len(self._indices) * self._itemsize

    @property
    def readonly(self):
        _check_released(self)
        return not isinstance(self._obj, bytearray)

    @property
    def format(self):
        _check_released(self)
        return self._format

    @property
    def itemsize(self):
        _check_released(self)
        return self._itemsize

    @property
    def ndim(self):
        _check_released(self)
        return 1 if self._shape is None else len(self._shape)

    @property
    def shape(self):
        _check_released(self)
        return (len(self._indices),) if self._shape is None else self._shape

    @property
    def strides(self):
        _check_released(self)
        if self._shape is None:
            return (self._indices.step,)
        # A shaped view is always C-contiguous.
        strides = []
        step = self._itemsize
        for n in reversed(self._shape):
            strides.append(step)
            step *= n
        return tuple(reversed(strides))

    @property
    def contiguous(self):
        _check_released(self)
        return (self._shape is not None or self._indices.step == self._itemsize
                or len(self._indices) <= 1)

    c_contiguous = f_contiguous = contiguous

    def release(self):
        self._released = True
        self._export = None

    def __enter__(self):
        _check_released(self)
        return self

    def __exit__(self, *exc):
        self.release()

    def __len__(self):
        _check_released(self)
        if self._shape is None:
            return len(self._indices)
        if not self._shape:
            raise TypeError('0-dim memory has no length')
        return self._shape[0]

    def _read(self, offset):
        """The item stored at byte `offset`."""
        if self._format == 'B':
            return self._obj[offset]
        from _struct import unpack_from
        return unpack_from(self._format, self._obj, offset)[0]

    def _item_bytes(self, offset):
        return bytes(self._obj[offset:offset + self._itemsize])

    def _write(self, offset, value):
        """Store `value` at byte `offset`, with CPython's errors for the view's format."""
        fmt = self._format
        if fmt == 'B':
            if not isinstance(value, int) or not 0 <= value <= 255:
                if isinstance(value, int):
                    raise ValueError("memoryview: invalid value for format 'B'")
                raise TypeError("memoryview: invalid type for format 'B'")
            self._obj[offset] = value
            return
        if fmt == 'c':
            if not isinstance(value, bytes):
                raise TypeError("memoryview: invalid type for format 'c'")
            if len(value) != 1:
                raise ValueError("memoryview: invalid value for format 'c'")
        elif fmt == '?':
            value = bool(value)
        elif fmt in 'fd':
            if not isinstance(value, (int, float)):
                raise TypeError("memoryview: invalid type for format '%s'" % fmt)
        elif not isinstance(value, int):
            raise TypeError("memoryview: invalid type for format '%s'" % fmt)
        from _struct import pack, error
        try:
            data = pack(fmt, value)
        except (error, OverflowError):
            raise ValueError("memoryview: invalid value for format '%s'" % fmt) from None
        self._obj[offset:offset + self._itemsize] = data

    def _item_offset(self, key):
        """The byte offset `key` (an index, or a tuple of one per dimension) selects."""
        shape = self.shape
        if isinstance(key, tuple):
            if len(key) > len(shape):
                raise TypeError('cannot index %d-dimension view with %d-element tuple'
                                % (len(shape), len(key)))
            if len(key) < len(shape):
                raise NotImplementedError('sub-views are not implemented')
            indices = key
        elif len(shape) > 1:
            raise NotImplementedError('multi-dimensional sub-views are not implemented')
        else:
            indices = (key,)
        if self._shape is None:
            flat = _index(indices[0])
            try:
                return self._indices[flat]
            except IndexError:
                raise IndexError('index out of bounds on dimension 1') from None
        flat = 0
        for dim, (i, n) in enumerate(zip(indices, shape), 1):
            i = _index(i)
            if i < 0:
                i += n
            if not 0 <= i < n:
                raise IndexError('index out of bounds on dimension %d' % dim)
            flat = flat * n + i
        return self._indices[flat]

    def __getitem__(self, key):
        _check_released(self)
        if isinstance(key, slice):
            view = memoryview(self)
            if self._shape is None:
                view._indices = self._indices[key]
                return view
            rows = range(self._shape[0])[key] if self._shape else None
            if rows is None or (rows.step != 1 and len(rows) > 1):
                # A strided slice of a shaped view would not be C-contiguous, which shaped
                # views here always are.
                raise NotImplementedError('multi-dimensional slicing is not implemented')
            row = len(self._indices) // self._shape[0]
            view._indices = self._indices[rows.start * row:(rows.start + len(rows)) * row]
            view._shape = (len(rows),) + self._shape[1:]
            return view
        return self._read(self._item_offset(key))

    def __setitem__(self, key, value):
        _check_released(self)
        if not isinstance(self._obj, bytearray):
            raise TypeError('cannot modify read-only memory')
        if isinstance(key, slice):
            if self._shape is not None:
                raise NotImplementedError('memoryview slice assignments are currently '
                                          'restricted to ndim = 1')
            if isinstance(value, memoryview):
                source, fmt = value, value._format
            elif isinstance(value, (bytes, bytearray)):
                source, fmt = memoryview(value), 'B'
            else:
                raise TypeError('a bytes-like object is required, not %r' % type(value).__name__)
            targets = self._indices[key]
            if len(targets) != len(source) or fmt != self._format or source.ndim != 1:
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            data = [source._item_bytes(i) for i in source._indices]
            size = self._itemsize
            for offset, item in zip(targets, data):
                self._obj[offset:offset + size] = item
            return
        self._write(self._item_offset(key), value)

    def __iter__(self):
        _check_released(self)
        if self._shape is not None:
            if not self._shape:
                raise TypeError('invalid indexing of 0-dim memory')
            if len(self._shape) > 1:
                raise NotImplementedError('multi-dimensional sub-views are not implemented')
        if self._format == 'B':
            obj = self._obj
            for i in self._indices:
                yield obj[i]
        else:
            for i in self._indices:
                yield self._read(i)

    def tobytes(self, order='C'):
        _check_released(self)
        r = self._indices
        size = self._itemsize
        if r.step == size or len(r) <= 1:
            return bytes(self._obj[r.start:r.start + len(r) * size])
        if size == 1:
            return bytes(self._obj[i] for i in r)
        return b''.join(self._item_bytes(i) for i in r)

    __bytes__ = tobytes

    def tolist(self):
        _check_released(self)
        if self._format == 'B' and self._shape is None:
            return list(self.tobytes())
        items = [self._read(i) for i in self._indices]
        if self._shape is None:
            return items
        if not self._shape:
            return items[0]
        # Nest the flat C-order items by the shape, innermost dimension first.
        for n in reversed(self._shape[1:]):
            items = [items[i:i + n] for i in range(0, len(items), n)]
        return items

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        _check_released(self)
        view = memoryview(self)
        view._obj = bytes(self._obj)
        return view

    def cast(self, format, shape=None):
        _check_released(self)
        if not isinstance(format, str):
            raise TypeError("cast() argument 'format' must be str, not %s" % type(format).__name__)
        if not self.contiguous:
            raise TypeError('memoryview: casts are restricted to C-contiguous views')
        code = format[1:] if format.startswith('@') else format
        if len(code) != 1 or code not in _NATIVE_FORMATS:
            raise ValueError('memoryview: destination format must be a native single character '
                             "format prefixed with an optional '@'")
        if self._format not in _BYTE_FORMATS and code not in _BYTE_FORMATS:
            raise TypeError('memoryview: cannot cast between two non-byte formats')
        from _struct import calcsize
        size = calcsize(code)
        nbytes = len(self._indices) * self._itemsize
        if shape is not None:
            if not isinstance(shape, (list, tuple)):
                raise TypeError('shape must be a list or a tuple')
            if self.ndim != 1 and len(shape) != 1:
                raise TypeError('memoryview: cast must be 1D -> ND or ND -> 1D')
            total = 1
            for n in shape:
                if not isinstance(n, int) or n <= 0:
                    raise ValueError('memoryview.cast(): elements of shape must be integers > 0')
                total *= n
            if total * size != nbytes:
                raise TypeError('memoryview: product(shape) * itemsize != buffer size')
            shape = tuple(shape) if len(shape) != 1 else None
        elif nbytes % size:
            raise TypeError('memoryview: length is not a multiple of itemsize')
        view = memoryview(self)
        start = self._indices.start if len(self._indices) else 0
        view._indices = range(start, start + nbytes, size)
        view._format = code
        view._itemsize = size
        view._shape = shape
        return view

    def __eq__(self, other):
        if self._released or (isinstance(other, memoryview) and other._released):
            return self is other
        if isinstance(other, (bytes, bytearray)):
            other = memoryview(other)
        if isinstance(other, memoryview):
            # Equal shapes and equal items, whatever the formats (CPython unpacks both).
            return self.shape == other.shape and self.tolist() == other.tolist()
        return NotImplemented

    def __hash__(self):
        _check_released(self)
        if not self.readonly:
            raise ValueError('cannot hash writable memoryview object')
        if self._format not in _BYTE_FORMATS:
            raise ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        return hash(self.tobytes())

    def __repr__(self):
        if self._released:
            return '<released memory at 0x%x>' % id(self)
        return '<memory at 0x%x>' % id(self)


memoryview.__module__ = 'builtins'
