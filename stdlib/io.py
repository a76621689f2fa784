"""io: open(), StringIO and BytesIO (in-memory streams)."""

from _io import open, UnsupportedOperation

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class _MemoryIO:
    # Writes at the end (the usual use: building output) go to a list of pieces joined on the
    # next read, so n writes cost O(n) in all, not O(n) each.
    def __init__(self, initial):
        self._buf = initial
        self._pieces = []
        self._size = len(initial)
        self._pos = 0
        self._closed = False

    def _join(self):
        if self._pieces:
            self._buf = self._buf + self._empty()[:0].join(self._pieces)
            self._pieces = []

    @property
    def closed(self):
        return self._closed

    _closed_message = 'I/O operation on closed file.'

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def getvalue(self):
        self._check()
        self._join()
        return self._buf

    def read(self, size=-1):
        self._check()
        self._join()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check()
        self._join()
        buf = self._buf
        pos = self._pos
        if size is None or size < 0:
            lines = self._lines_at()
            line = lines.get(pos)
            if line is not None:
                self._pos = pos + len(line)
                return line
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        # Not at a line start (or a size limit): search the rest of the buffer.
        tail = buf[pos:end]
        i = tail.find(self._newline())
        data = tail if i < 0 else tail[:i + 1]
        self._pos = max(pos, pos + len(data))
        return data

    def _lines_at(self):
        """{start position: line} for the current buffer, built once per buffer, so reading
        line by line costs O(1) a line (corio's str.find from an offset is O(offset))."""
        cache = self.__dict__.get('_line_cache')
        if cache is not None and cache[0] is self._buf:
            return cache[1]
        nl = self._newline()
        parts = self._buf.split(nl)
        lines = {}
        start = 0
        last = len(parts) - 1
        for i, part in enumerate(parts):
            line = part + nl if i < last else part
            if line:
                lines[start] = line
            start += len(line)
        self._line_cache = (self._buf, lines)
        return lines

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def write(self, s):
        self._check()
        s = self._typecheck(s)
        n = len(s)
        if self._pos == self._size:
            if n:
                if type(s) is bytearray:
                    s = bytes(s)  # the caller may change it afterwards; the stream keeps a copy
                self._pieces.append(s)
                self._size += n
                self._pos += n
            return n
        self._join()
        if self._pos > len(self._buf):
            self._buf += self._empty() * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._size = len(self._buf)
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._join()
        self._buf = self._buf[:size]
        self._size = len(self._buf)
        return size

    def close(self):
        self._closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    # IOBase's fileno() and the buffered/text detach(): an in-memory stream has neither.
    def fileno(self):
        raise UnsupportedOperation('fileno')

    def detach(self):
        raise UnsupportedOperation('detach')

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer."""

    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        super().__init__(initial_value)

    def _newline(self):
        return '\n'

    # TextIOBase attributes a StringIO answers with constants (as CPython's stringio.c).
    @property
    def line_buffering(self):
        self._check()
        return False

    encoding = None
    errors = None

    @property
    def newlines(self):
        self._check()
        return None

    def _empty(self):
        return '\0'

    def _typecheck(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        return s

    def write(self, s):
        # The usual case without helper calls (print() writes twice per call): an open
        # stream written at its end with an exact str.
        if type(s) is str and not self._closed and self._pos == self._size:
            n = len(s)
            if n:
                self._pieces.append(s)
                self._size += n
                self._pos += n
            return n
        return _MemoryIO.write(self, s)


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        elif not isinstance(initial_bytes, (bytes, bytearray, memoryview)) and (
                isinstance(initial_bytes, (str, int))
                or not hasattr(type(initial_bytes), '__bytes__')):
            # only a buffer is accepted: bytes()'s other sources (a count, a str with an
            # encoding, an iterable of ints) are not
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(initial_bytes).__name__)
        super().__init__(bytes(initial_bytes))

    def _newline(self):
        return b'\n'

    def _empty(self):
        return b'\0'

    def _typecheck(self, s):
        if not isinstance(s, (bytes, bytearray)):
            # Any buffer is written as its bytes (a memoryview of any format).
            if isinstance(s, memoryview):
                return s.tobytes()
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
        return s

    # getbuffer(): the view writes into the stream's own storage, a bytearray while views
    # exist. Each view (and slices of it) holds a token; the stream keeps weak references to
    # the tokens, so it knows when the last view is gone, as CPython's export count does.
    _exports = ()

    def getbuffer(self):
        self._check()
        self._join()
        if type(self._buf) is not bytearray:
            self._buf = bytearray(self._buf)
        from _weakref import new, get
        token = _ExportToken()
        view = memoryview(self._buf)
        view._export = token
        self._exports = [h for h in self._exports if get(h) is not None] + [new(token)]
        return view

    def _exported(self):
        if not self._exports:
            return False
        from _weakref import get
        return any(get(h) is not None for h in self._exports)

    def _check_exports(self):
        if self._exported():
            raise BufferError('Existing exports of data: object cannot be re-sized')

    def _join(self):
        super()._join()
        if type(self._buf) is bytearray and not self._exported():
            self._buf = bytes(self._buf)

    def _lines_at(self):
        if type(self._buf) is bytearray:
            return {}  # views may change it at any time: no cached split
        return super()._lines_at()

    def getvalue(self):
        return bytes(super().getvalue())

    def read(self, size=-1):
        data = super().read(size)
        return data if type(data) is bytes else bytes(data)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        data = super().readline(size)
        return data if type(data) is bytes else bytes(data)

    def readinto(self, b):
        view = memoryview(b)
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def write(self, s):
        self._check()
        self._check_exports()
        return super().write(s)

    def truncate(self, size=None):
        self._check()
        self._check_exports()
        return super().truncate(size)

    def close(self):
        self._check_exports()
        super().close()


class _ExportToken:
    __slots__ = ('__weakref__',)




from _io_classes import (IOBase, RawIOBase, BufferedIOBase, TextIOBase,  # noqa: E402
                         TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                         BufferedRWPair, FileIO, IncrementalNewlineDecoder)

TextIOBase.register(StringIO)
BufferedIOBase.register(BytesIO)

BlockingIOError = BlockingIOError


def text_encoding(encoding, stacklevel=2, /):
    """The encoding a text stream gets when encoding is None: "locale" (CPython's answer
    outside UTF-8 mode)."""
    return "locale" if encoding is None else encoding


def open_code(path):
    """Open a file for reading code, in binary mode."""
    return open(path, 'rb')


# CPython's io classes are C: no frame of theirs shows in a traceback.
import _c_frames  # noqa: E402
_c_frames.hide_namespace(globals(), (__name__, '_io_classes'))
del _c_frames


# After hiding their frames (hide_namespace picks the classes by module).
def _as_c_types():
    # CPython's StringIO and BytesIO are the C module's types: `<_io.StringIO object at ...>`.
    import _io
    import _time
    for cls in (StringIO, BytesIO, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                BufferedRWPair, FileIO, IncrementalNewlineDecoder):
        cls.__module__ = '_io'
        setattr(_io, cls.__name__, cls)
        # (last: the type is immutable from then on, as a C type)
        _time._set_type_name(cls, '_io.' + cls.__name__)


_as_c_types()
