"""base64's Base85 (b85encode/b85decode, as git uses) and Ascii85 (a85encode/a85decode, with
the Adobe framing), with CPython's padding rules and error messages."""

_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_INDEX = {c: i for i, c in enumerate(_B85_ALPHABET)}
_A85START = b"<~"
_A85END = b"~>"


def _to_bytes(s):
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _from_decode_data(s):
    from base64 import _bytes_from_decode_data
    return _bytes_from_decode_data(s)


def _encode85(b, alphabet, pad, foldnuls, foldspaces):
    """Each 4-byte word as 5 digits base 85; a short last word is zero-filled and its extra
    digits dropped unless `pad`."""
    b = _to_bytes(b)
    padding = (-len(b)) % 4
    b = b + b'\0' * padding
    chunks = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            chunks.append(b'z')
        elif foldspaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digit = divmod(word, 85)
                digits[k] = alphabet[digit]
            chunks.append(bytes(digits))
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = bytes([alphabet[0]]) * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object."""
    return _encode85(b, _B85_ALPHABET, pad, False, False)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    b = _from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            digit = _B85_INDEX.get(c)
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + digit
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[-padding:]
    return bytes(out)


_A85_ALPHABET = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object."""
    res = _encode85(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        res = _A85START + res
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [res[i:i + wrapcol] for i in range(0, len(res), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        res = b'\n'.join(chunks)
    if adobe:
        res += _A85END
    return res


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b."""
    b = _from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    for x in b + b'u' * 4:
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = 85 * acc + (d - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group.clear()
        elif x == 122:  # b'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and x == 121:  # b'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    padding = 4 - len(group)
    if padding:
        del out[-padding:]
    return bytes(out)
