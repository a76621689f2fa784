"""binascii: conversions between binary data and ASCII (hex with optional separators,
base64 lines, CRC-32 and CRC-CCITT), with CPython's errors (binascii.Error)."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64',
           'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _data(data):
    # a stdlib class with a `_buffer_export` (mmap) has CPython's buffer protocol too
    if isinstance(data, (bytes, bytearray, memoryview)) or hasattr(type(data), '_buffer_export'):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_data(data):
    """bytes-like or ASCII str input, as the a2b_* functions accept."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, optionally grouped by `sep` every
    `bytes_per_sep` bytes (counted from the right; from the left when negative)."""
    text = _data(data).hex()
    if sep is not None:
        if isinstance(sep, (bytes, bytearray)):
            sep = bytes(sep).decode('ascii')
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        if not sep.isascii():
            raise ValueError('sep must be ASCII.')
        text = _data(data).hex(sep, bytes_per_sep)
    return text.encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data of a hexadecimal representation (an even number of hex digits)."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error('Odd-length string')
    try:
        return bytes.fromhex(data.decode('ascii'))
    except ValueError:
        raise Error('Non-hexadecimal digit found') from None


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """Base64 encoding of data, with a trailing newline unless newline is false."""
    from base64 import _b64encode_raw
    out = _b64encode_raw(_data(data))
    return out + b'\n' if newline else out


def a2b_base64(data, *, strict_mode=False):
    """Binary data of a line of base64 (characters outside the alphabet are skipped)."""
    from base64 import _b64decode_raw
    return _b64decode_raw(_ascii_data(data), strict_mode)


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, value=0):
    """CRC-32 of data, continuing from a previous value (as zlib.crc32)."""
    crc = (value & 0xffffffff) ^ 0xffffffff
    for b in _data(data):
        crc = _CRC32[(crc ^ b) & 0xff] ^ (crc >> 8)
    return crc ^ 0xffffffff


def crc_hqx(data, value):
    """CRC-CCITT (polynomial 0x1021, not reflected) of data starting from value."""
    crc = value & 0xffff
    for b in _data(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc


# CPython's binascii module is C: none of its frames shows in a traceback.
import _c_frames  # noqa: E402
_c_frames.hide_namespace(globals(), (__name__,))
del _c_frames
