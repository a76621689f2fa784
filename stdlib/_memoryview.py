"""`memoryview` for bytes and bytearray (format 'B', one dimension), installed in builtins on
first use. Views share the underlying object: writes through a view of a bytearray change it,
as CPython's buffer protocol does."""


def _check_released(view):
    if view._released:
        raise ValueError('operation forbidden on released memoryview object')


class memoryview:
    # _export: what keeps a BytesIO's buffer exported while this view (or a slice) lives
    __slots__ = ('_obj', '_indices', '_released', '_export', '__weakref__')

    def __init__(self, object):
        if isinstance(object, memoryview):
            _check_released(object)
            self._obj = object._obj
            self._indices = object._indices
            self._export = object._export
        elif isinstance(object, (bytes, bytearray)):
            self._obj = object
            self._indices = range(len(object))
            self._export = None
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
        return len(self._indices)

    @property
    def readonly(self):
        _check_released(self)
        return not isinstance(self._obj, bytearray)

    @property
    def format(self):
        _check_released(self)
        return 'B'

    @property
    def itemsize(self):
        _check_released(self)
        return 1

    @property
    def ndim(self):
        _check_released(self)
        return 1

    @property
    def shape(self):
        _check_released(self)
        return (len(self._indices),)

    @property
    def strides(self):
        _check_released(self)
        return (self._indices.step,)

    @property
    def contiguous(self):
        _check_released(self)
        return self._indices.step == 1 or len(self._indices) <= 1

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
        return len(self._indices)

    def __getitem__(self, key):
        _check_released(self)
        if isinstance(key, slice):
            view = memoryview(self)
            view._indices = self._indices[key]
            return view
        if isinstance(key, tuple):
            raise TypeError('multi-dimensional sub-views are not implemented')
        try:
            index = key.__index__()
        except AttributeError:
            raise TypeError('memoryview: invalid slice key') from None
        try:
            return self._obj[self._indices[index]]
        except IndexError:
            raise IndexError('index out of bounds on dimension 1') from None

    def __setitem__(self, key, value):
        _check_released(self)
        if not isinstance(self._obj, bytearray):
            raise TypeError('cannot modify read-only memory')
        if isinstance(key, slice):
            data = bytes(value) if isinstance(value, memoryview) else value
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError('a bytes-like object is required, not %r' % type(value).__name__)
            targets = self._indices[key]
            if len(targets) != len(data):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            for i, b in zip(targets, data):
                self._obj[i] = b
            return
        try:
            index = key.__index__()
        except AttributeError:
            raise TypeError('memoryview: invalid slice key') from None
        if not isinstance(value, int) or not 0 <= value <= 255:
            if isinstance(value, int):
                raise ValueError("memoryview: invalid value for format 'B'")
            raise TypeError("memoryview: invalid type for format 'B'")
        try:
            target = self._indices[index]
        except IndexError:
            raise IndexError('index out of bounds on dimension 1') from None
        self._obj[target] = value

    def __iter__(self):
        _check_released(self)
        obj = self._obj
        for i in self._indices:
            yield obj[i]

    def tobytes(self, order='C'):
        _check_released(self)
        r = self._indices
        if r.step == 1:
            return bytes(self._obj[r.start:r.stop])
        return bytes(self._obj[i] for i in r)

    __bytes__ = tobytes

    def tolist(self):
        _check_released(self)
        return list(self.tobytes())

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        _check_released(self)
        view = memoryview(self)
        view._obj = bytes(self._obj)
        return view

    def cast(self, format, shape=None):
        _check_released(self)
        if format not in ('B', 'b', 'c') or shape is not None:
            raise NotImplementedError('memoryview: only casts to one-dimensional bytes are supported')
        return memoryview(self)

    def __eq__(self, other):
        if self._released or (isinstance(other, memoryview) and other._released):
            return self is other
        if isinstance(other, memoryview):
            return self.tolist() == other.tolist()
        if isinstance(other, (bytes, bytearray)):
            return self.tobytes() == other
        return NotImplemented

    def __hash__(self):
        _check_released(self)
        if not self.readonly:
            raise ValueError('cannot hash writable memoryview object')
        return hash(self.tobytes())

    def __repr__(self):
        if self._released:
            return '<released memory at 0x%x>' % id(self)
        return '<memory at 0x%x>' % id(self)


memoryview.__module__ = 'builtins'
