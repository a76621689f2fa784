"""base64: Base16, Base32 (and its extended-hex form), Base64 (standard and URL-safe), Base85
and Ascii85 (in _base64_85), with CPython's error messages."""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'

# base64 raises binascii.Error, as CPython.
from binascii import Error  # noqa: E402
import _binascii  # noqa: E402


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % s.__class__.__name__)


def _to_bytes(s):
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _b64encode_raw(s):
    return _binascii.b64encode(s)


def _b64decode_raw(s, validate):
    out = _binascii.b64decode(s, validate)
    if isinstance(out, str):
        raise Error(out)
    return out


def b64encode(s, altchars=None):
    encoded = _b64encode_raw(_to_bytes(s))
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return _b64decode_raw(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


def encodebytes(s):
    s = _to_bytes(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(_b64encode_raw(s[i:i + 57]) + b'\n')
    return b''.join(pieces)


def decodebytes(s):
    return _b64decode_raw(_to_bytes(s), False)


def b16encode(s):
    return _to_bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


def b32encode(s):
    return _b32encode(_B32, s)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold, None)


def _b32encode(alphabet, s):
    s = _to_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        chars = bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += chars[:keep] + b'=' * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def _b32decode(alphabet, s, casefold, map01):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    pads = len(s) - len(stripped)
    if pads not in (0, 1, 3, 4, 6):
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for c in chunk:
            idx = alphabet.find(bytes((c,)))
            if idx < 0:
                raise Error('Non-base32 digit found')
            n = (n << 5) | idx
        n <<= 5 * (8 - len(chunk))
        nbytes = {2: 1, 4: 2, 5: 3, 7: 4, 8: 5}.get(len(chunk))
        if nbytes is None:
            raise Error('Incorrect padding')
        out += n.to_bytes(5, 'big')[:nbytes]
    return bytes(out)


from _base64_85 import b85encode, b85decode, a85encode, a85decode  # noqa: E402


def encode(input, output):
    while True:
        s = input.read(57)
        if not s:
            break
        output.write(_b64encode_raw(s) + b'\n')


def decode(input, output):
    output.write(decodebytes(input.read()))
