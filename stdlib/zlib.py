"""zlib: the checksums (crc32, adler32) and the module's constants and error class.
compress/decompress are not provided: their output must be byte-identical to the C zlib's
deflate, which corio does not reproduce."""

import binascii as _binascii

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
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


def _buffer(data, name):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def crc32(data, value=0):
    """CRC-32 of `data`, continuing from `value`; an unsigned 32-bit int."""
    return _binascii.crc32(_buffer(data, "crc32"), value)


def adler32(data, value=1):
    """Adler-32 of `data`, continuing from `value`; an unsigned 32-bit int."""
    data = _buffer(data, "adler32")
    value &= 0xffffffff
    a = value & 0xffff
    b = (value >> 16) & 0xffff
    # Sums are reduced every 5552 bytes, as zlib does, so they stay small.
    for start in range(0, len(data), 5552):
        for byte in data[start:start + 5552]:
            a += byte
            b += a
        a %= 65521
        b %= 65521
    return (b << 16) | a
