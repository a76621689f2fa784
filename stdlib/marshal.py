"""marshal: CPython's internal serialization format (version 4) for None, bools,
ints, floats, complex, str, bytes, tuples, lists, dicts, sets and frozensets.

CPython marks an object for back-references (FLAG_REF) when something else also holds
it; corio has no reference counts, so it marks every object except mutable containers
nested in another one (which a literal creates fresh), and interns identifier-like
strings as CPython's compiler does for literals."""

import struct

__all__ = ['dump', 'dumps', 'load', 'loads', 'version']

version = 4

_FLAG_REF = 0x80

# values written as a lone type code
_SINGLETONS = ((None, b'N'), (False, b'F'), (True, b'T'), (StopIteration, b'S'),
               (Ellipsis, b'.'))
_SINGLETON_OF_CODE = {code.decode(): single for single, code in _SINGLETONS}

# containers written as a code, a 4-byte count and their items
_SEQUENCE_CODES = {tuple: '(', list: '[', set: '<', frozenset: '>'}

# string codes: how the length is stored (1 byte or 4) and the text's encoding
_STRING_CODES = {'z': (False, 'ascii'), 'Z': (False, 'ascii'), 'a': (True, 'ascii'),
                 'A': (True, 'ascii'), 'u': (True, 'utf-8'), 't': (True, 'utf-8')}


class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = bytearray()
        self.refs = {}

    def w_long(self, n):
        self.out += struct.pack('<i', n)

    def w_ref(self, value, nested):
        """Write a back-reference if value was written before; else remember it and
        return the flag to add to its type code."""
        if self.version < 3:
            return 0
        if nested and type(value) in (list, dict, set, bytearray):
            return 0
        key = id(value)
        if key in self.refs:
            self.out += b'r'
            self.w_long(self.refs[key][0])
            return None
        self.refs[key] = (len(self.refs), value)
        return _FLAG_REF

    def items(self, values):
        for item in values:
            self.write(item, True)

    def write(self, value, nested=False):
        for single, code in _SINGLETONS:
            if value is single:
                self.out += code
                return
        kind = type(value)
        if kind not in (int, float, complex, str, bytes, bytearray, tuple, list, dict,
                        set, frozenset):
            raise ValueError("unmarshallable object")
        flag = self.w_ref(value, nested)
        if flag is None:
            return
        out = self.out
        if kind is int:
            if -2**31 <= value < 2**31:
                out.append(ord('i') | flag)
                self.w_long(value)
            else:
                digits = []
                n = abs(value)
                while n:
                    digits.append(n & 0x7fff)
                    n >>= 15
                out.append(ord('l') | flag)
                self.w_long(len(digits) if value > 0 else -len(digits))
                for d in digits:
                    out += struct.pack('<H', d)
        elif kind is float:
            out.append(ord('g') | flag)
            out += struct.pack('<d', value)
        elif kind is complex:
            out.append(ord('y') | flag)
            out += struct.pack('<dd', value.real, value.imag)
        elif kind is str:
            interned = value.isidentifier() and value.isascii()
            if self.version >= 4 and value.isascii():
                data = value.encode('ascii')
                if len(data) < 256:
                    out.append(ord('Z' if interned else 'z') | flag)
                    out.append(len(data))
                else:
                    out.append(ord('A' if interned else 'a') | flag)
                    self.w_long(len(data))
                out += data
            else:
                data = value.encode('utf-8', 'surrogatepass')
                out.append(ord('t' if interned and self.version >= 3 else 'u') | flag)
                self.w_long(len(data))
                out += data
        elif kind in (bytes, bytearray):
            out.append(ord('s') | flag)
            self.w_long(len(value))
            out += value
        elif kind is dict:
            out.append(ord('{') | flag)
            for pair in value.items():
                self.items(pair)
            self.out += b'0'
        else:
            # sequences and sets: a type code, a count (one byte for a version 4
            # small tuple), then the items
            if kind is tuple and self.version >= 4 and len(value) < 256:
                out.append(ord(')') | flag)
                out.append(len(value))
            else:
                out.append(ord(_SEQUENCE_CODES[kind]) | flag)
                self.w_long(len(value))
            self.items(value)


def dumps(value, version=version, /):
    """The bytes marshal writes for value."""
    w = _Writer(version)
    w.write(value)
    return bytes(w.out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        if self.pos + n > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def r_long(self):
        return struct.unpack('<i', self.take(4))[0]

    def read(self):
        if self.pos >= len(self.data):
            raise EOFError("EOF read where object expected")
        code = self.data[self.pos]
        self.pos += 1
        flag = code & _FLAG_REF
        kind = chr(code & ~_FLAG_REF)
        slot = None
        if flag:
            slot = len(self.refs)
            self.refs.append(None)

        def keep(value):
            if slot is not None:
                self.refs[slot] = value
            return value

        if kind in _SINGLETON_OF_CODE:
            return _SINGLETON_OF_CODE[kind]
        if kind == 'i':
            return keep(self.r_long())
        if kind == 'l':
            n = self.r_long()
            value = 0
            for i in range(abs(n)):
                value |= struct.unpack('<H', self.take(2))[0] << (15 * i)
            return keep(-value if n < 0 else value)
        if kind == 'g':
            return keep(struct.unpack('<d', self.take(8))[0])
        if kind == 'y':
            re_, im = struct.unpack('<dd', self.take(16))
            return keep(complex(re_, im))
        if kind in _STRING_CODES:
            long_size, encoding = _STRING_CODES[kind]
            size = self.r_long() if long_size else self.take(1)[0]
            return keep(self.take(size).decode(encoding, 'surrogatepass'))
        if kind == 's':
            return keep(bytes(self.take(self.r_long())))
        if kind in ')(':
            n = self.take(1)[0] if kind == ')' else self.r_long()
            return keep(tuple(self.read() for _ in range(n)))
        if kind == '[':
            result = keep([])
            for _ in range(self.r_long()):
                result.append(self.read())
            return result
        if kind == '{':
            result = keep({})
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == ord('0'):
                    self.pos += 1
                    return result
                key = self.read()
                result[key] = self.read()
        if kind in '<>':
            items = [self.read() for _ in range(self.r_long())]
            return keep(set(items) if kind == '<' else frozenset(items))
        if kind == 'r':
            index = self.r_long()
            if not 0 <= index < len(self.refs) or self.refs[index] is None:
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[index]
        raise ValueError("bad marshal data (unknown type code)")


def loads(data, /):
    """The value marshal bytes stand for."""
    return _Reader(bytes(data)).read()


def load(file, /):
    data = file.read()
    r = _Reader(bytes(data))
    value = r.read()
    # a file may hold several values: leave the position after this one
    if hasattr(file, 'seek'):
        try:
            file.seek(r.pos - len(data), 1)
        except (OSError, ValueError):
            pass
    return value
