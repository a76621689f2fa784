"""quopri: quoted-printable encoding and decoding (RFC 1521): bytes outside printable
ASCII, '=' and (optionally) tabs, spaces and '_' become =XX; long lines get soft breaks."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the single byte c must be written as =XX."""
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """=XX for the single byte c."""
    i = ord(c)
    return ESCAPE + bytes((HEX[i // 16], HEX[i % 16]))


def _encode_line(line, quotetabs, header):
    out = []
    for byte in line:
        c = bytes((byte,))
        if needsquoting(c, quotetabs, header):
            out.append(quote(c))
        elif header and c == b' ':
            out.append(b'_')
        else:
            out.append(c)
    # a line's trailing space or tab must be encoded to survive transport
    if out and out[-1] in (b' ', b'\t'):
        out[-1] = quote(out[-1])
    pieces = []
    current = b''
    for token in out:
        # soft line breaks never split an =XX escape
        if len(current) + len(token) > MAXLINESIZE - 1:
            pieces.append(current + b'=')
            current = b''
        current += token
    pieces.append(current)
    return pieces


def encodestring(s, quotetabs=False, header=False):
    """Quoted-printable form of the bytes s."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    lines = bytes(s).split(b'\n')
    out = []
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        if last and not line:
            break
        crlf = line.endswith(b'\r')
        if crlf:
            line = line[:-1]
        pieces = _encode_line(line, quotetabs, header)
        ending = b'' if last else (b'\r\n' if crlf else b'\n')
        out.append(b'\n'.join(pieces) + ending)
    return EMPTYSTRING.join(out)


def encode(input, output, quotetabs, header=False):
    """Read bytes from input and write their quoted-printable form to output."""
    output.write(encodestring(input.read(), quotetabs, header))


def unhex(s):
    return int(s, 16)


def ishex(c):
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def decodestring(s, header=False):
    """The bytes a quoted-printable text stands for."""
    if isinstance(s, str):
        s = s.encode('ascii')
    out = bytearray()
    for raw in bytes(s).splitlines(keepends=True):
        line = raw
        newline = b''
        if line.endswith(b'\r\n'):
            line, newline = line[:-2], b'\r\n'
        elif line.endswith(b'\n'):
            line, newline = line[:-1], b'\n'
        line = line.rstrip(b' \t')
        i, n = 0, len(line)
        partial = False
        while i < n:
            c = line[i:i + 1]
            if c == b'_' and header:
                out += b' '
                i += 1
            elif c != ESCAPE:
                out += c
                i += 1
            elif i + 1 == n:
                partial = True          # soft line break
                i += 1
            elif i + 2 < n + 1 and ishex(line[i + 1:i + 2]) and ishex(line[i + 2:i + 3]):
                out.append(unhex(line[i + 1:i + 3]))
                i += 3
            else:
                out += c
                i += 1
        if not partial:
            out += newline
    return bytes(out)


def decode(input, output, header=False):
    """Read quoted-printable bytes from input and write what they stand for."""
    output.write(decodestring(input.read(), header))
