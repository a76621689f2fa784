"""zlib: compression compatible with gzip, over the C zlib (the native _zlib drives the
z_streams, so the compressed bytes are CPython's). Argument checks, the Compress/Decompress
objects' attributes and the error messages follow CPython's zlibmodule.c."""

import binascii as _binascii
import _zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = _zlib.version()


class error(Exception):
    pass


def _buffer(data, name):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    if hasattr(type(data), '_buffer_export'):
        # a stdlib class with CPython's buffer protocol (mmap)
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def crc32(data, value=0):
    """CRC-32 of `data`, continuing from `value`; an unsigned 32-bit int."""
    return _binascii.crc32(_buffer(data, "crc32"), value)


def adler32(data, value=1):
    """Adler-32 of `data`, continuing from `value`; an unsigned 32-bit int."""
    return _zlib.adler32(_buffer(data, "adler32"), value & 0xffffffff)


_Z_OK = 0
_Z_STREAM_END = 1
_Z_NEED_DICT = 2
_Z_STREAM_ERROR = -2
_Z_DATA_ERROR = -3
_Z_MEM_ERROR = -4
_Z_BUF_ERROR = -5
_Z_VERSION_ERROR = -6


def _error(err, msg, zmsg=None):
    """CPython's zlib_error: zlib's own message, else one for the common codes."""
    if err == _Z_VERSION_ERROR:
        zmsg = "library version mismatch"
    if zmsg is None:
        zmsg = {_Z_BUF_ERROR: "incomplete or truncated stream",
                _Z_STREAM_ERROR: "inconsistent stream state",
                _Z_DATA_ERROR: "invalid input data"}.get(err)
    if zmsg is None:
        return error("Error %d %s" % (err, msg))
    return error("Error %d %s: %.200s" % (err, msg, zmsg))


def _int(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return value.__index__() if not isinstance(value, int) else value


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    data = _buffer(data, "compress")
    stream, err = _zlib.new_deflate(_int(level), DEFLATED, _int(wbits), DEF_MEM_LEVEL,
                                    Z_DEFAULT_STRATEGY)
    if err == _Z_MEM_ERROR:
        raise MemoryError("Out of memory while compressing data")
    if err == _Z_STREAM_ERROR:
        raise error("Bad compression level")
    if err != _Z_OK:
        raise _error(err, "while compressing data")
    out, err, zmsg = _zlib.deflate(stream, data, Z_FINISH)
    if err == _Z_STREAM_ERROR:
        _zlib.end(stream)
        raise _error(err, "while compressing data", zmsg)
    err = _zlib.end(stream)
    if err != _Z_OK:
        raise _error(err, "while finishing compression")
    return out


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    data = _buffer(data, "decompress")
    wbits = _int(wbits)
    if _int(bufsize) < 0:
        raise ValueError("bufsize must be non-negative")
    stream, err = _zlib.new_inflate(wbits)
    if err == _Z_MEM_ERROR:
        raise MemoryError("Out of memory while decompressing data")
    if err != _Z_OK:
        raise _error(err, "while preparing to decompress data")
    # All the input is there, so CPython inflates with Z_FINISH: a truncated stream is a
    # Z_BUF_ERROR.
    out, consumed, err, zmsg, _ = _zlib.inflate(stream, data, Z_FINISH, 0, None)
    if err == _Z_MEM_ERROR:
        _zlib.end(stream)
        raise MemoryError("Out of memory while decompressing data")
    if err != _Z_STREAM_END:
        _zlib.end(stream)
        raise _error(err, "while decompressing data", zmsg)
    err = _zlib.end(stream)
    if err != _Z_OK:
        raise _error(err, "while finishing decompression")
    return out


def _zdict_bytes(zdict):
    try:
        return bytes(memoryview(zdict))
    except TypeError:
        raise TypeError("zdict argument must support the buffer protocol") from None


def _copy_stream(stream, what):
    """A copy of a (de)compression stream, with CPython's errors naming `what`."""
    stream, err = _zlib.copy(stream)
    if err == _Z_STREAM_ERROR:
        raise ValueError("Inconsistent stream state")
    if err == _Z_MEM_ERROR:
        raise MemoryError("Can't allocate memory for %s object" % what)
    if err != _Z_OK:
        raise _error(err, "while copying %s object" % what)
    return stream


class _Compress:
    """A compression object, made by compressobj()."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        data = _buffer(data, "compress")
        out, err, zmsg = _zlib.deflate(self._stream, data, Z_NO_FLUSH)
        if err == _Z_STREAM_ERROR:
            raise _error(err, "while compressing data", zmsg)
        return out

    def flush(self, mode=Z_FINISH, /):
        mode = _int(mode)
        if mode == Z_NO_FLUSH:
            return b""
        out, err, zmsg = _zlib.deflate(self._stream, b"", mode)
        if err == _Z_STREAM_ERROR:
            raise _error(err, "while flushing", zmsg)
        if mode == Z_FINISH and err == _Z_STREAM_END:
            err = _zlib.end(self._stream)
            if err != _Z_OK:
                raise _error(err, "while finishing compression")
        elif err != _Z_OK and err != _Z_BUF_ERROR:
            raise _error(err, "while flushing", zmsg)
        return out

    def copy(self):
        new = object.__new__(_Compress)
        new._stream = _copy_stream(self._stream, "compression")
        return new

    __copy__ = copy

    def __deepcopy__(self, memo, /):
        return self.copy()


# CPython's types are zlib.Compress but not attributes of the module.
_Compress.__module__ = "zlib"
_Compress.__name__ = _Compress.__qualname__ = "Compress"


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if zdict is not None:
        zdict = _zdict_bytes(zdict)
    stream, err = _zlib.new_deflate(_int(level), _int(method), _int(wbits), _int(memLevel),
                                    _int(strategy))
    if err == _Z_MEM_ERROR:
        raise MemoryError("Can't allocate memory for compression object")
    if err == _Z_STREAM_ERROR:
        raise ValueError("Invalid initialization option")
    if err != _Z_OK:
        raise _error(err, "while creating compression object")
    if zdict is not None and _zlib.set_dictionary(stream, zdict) != _Z_OK:
        raise ValueError("Invalid dictionary")
    obj = object.__new__(_Compress)
    obj._stream = stream
    return obj


class _Decompress:
    """A decompression object, made by decompressobj(); `unused_data` holds the bytes after
    the end of the compressed stream, `unconsumed_tail` the input a max_length left over."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    @property
    def unused_data(self):
        return self._unused

    @property
    def unconsumed_tail(self):
        return self._tail

    @property
    def eof(self):
        return self._eof

    def _run(self, data, flush, max_length):
        out, consumed, err, zmsg, dict_err = _zlib.inflate(
            self._stream, data, flush, max_length, self._zdict)
        rest = data[consumed:]
        if err == _Z_STREAM_END:
            # Whatever follows the end of the stream is unused data, never a tail.
            self._unused += rest
            rest = b""
        if rest or self._tail:
            self._tail = bytes(rest)
        if dict_err is not None:
            raise _error(dict_err, "while setting zdict")
        return out, err, zmsg

    def decompress(self, data, /, max_length=0):
        data = _buffer(data, "decompress")
        max_length = _int(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        out, err, zmsg = self._run(data, Z_SYNC_FLUSH, max_length)
        if err == _Z_STREAM_END:
            self._eof = True
        elif err != _Z_OK and err != _Z_BUF_ERROR:
            raise _error(err, "while decompressing data", zmsg)
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        if _int(length) <= 0:
            raise ValueError("length must be greater than zero")
        out, err, zmsg = self._run(self._tail, Z_FINISH, 0)
        if err == _Z_STREAM_END:
            self._eof = True
            _zlib.end(self._stream)
        return out

    def copy(self):
        new = object.__new__(_Decompress)
        new._stream = _copy_stream(self._stream, "decompression")
        new._zdict = self._zdict
        new._unused = self._unused
        new._tail = self._tail
        new._eof = self._eof
        return new

    __copy__ = copy

    def __deepcopy__(self, memo, /):
        return self.copy()


# CPython's types are zlib.Decompress but not attributes of the module.
_Decompress.__module__ = "zlib"
_Decompress.__name__ = _Decompress.__qualname__ = "Decompress"


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """Return a decompressor object."""
    zdict = _zdict_bytes(zdict) if zdict != b"" else None
    stream, err = _zlib.new_inflate(_int(wbits))
    if err == _Z_STREAM_ERROR:
        raise ValueError("Invalid initialization option")
    if err == _Z_MEM_ERROR:
        raise MemoryError("Can't allocate memory for decompression object")
    if err != _Z_OK:
        raise _error(err, "while creating decompression object")
    obj = object.__new__(_Decompress)
    obj._stream = stream
    obj._zdict = zdict
    obj._unused = b""
    obj._tail = b""
    obj._eof = False
    if zdict is not None and _int(wbits) < 0:
        # A raw stream carries no dictionary request, so the dictionary goes in up front.
        err = _zlib.set_dictionary(stream, zdict)
        if err != _Z_OK:
            raise _error(err, "while setting zdict")
    return obj


# CPython's zlib module is C: none of its frames shows in a traceback.
import _c_frames  # noqa: E402
_c_frames.hide_namespace(globals(), (__name__,))
del _c_frames
