"""codecs: the codec registry's common interface (lookup, encode/decode, incremental coders,
codecs.open, the BOM constants) over corio's native text codecs, plus the codecs written
here: rot13, hex, base64, unicode_escape, raw_unicode_escape, UTF-16 and UTF-32.

str.encode / bytes.decode call _text_encode / _text_decode for encodings the native layer
does not know, so 'x'.encode('utf-16') works as in CPython."""

import builtins as _builtins

__all__ = ["register", "lookup", "open", "encode", "decode", "CodecInfo",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "getreader", "getwriter", "iterencode", "iterdecode", "register_error",
           "lookup_error", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors",
           "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_BE",
           "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE", "BOM_UTF32_LE",
           "IncrementalEncoder", "IncrementalDecoder", "Codec",
           "StreamWriter", "StreamReader", "StreamReaderWriter"]

import _codecs_streams
from _codecs_streams import StreamWriter, StreamReader, StreamReaderWriter

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# matches CPython on a little-endian machine.
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """The codec's functions, as codecs.lookup() returns them."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps input the codec could not consume yet (an incomplete sequence) for the next
    call, as CPython's class of that name."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _normalize(encoding):
    return encoding.strip().lower().replace('-', '_').replace(' ', '_')


# ---- codecs written here ----

def _check_bytes(codec, data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return bytes(data)


def _rot13(input, errors='strict'):
    if not isinstance(input, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a '%s' object"
                        % type(input).__name__)
    return (input.translate(_ROT13_MAP), len(input))


_ROT13_MAP = {}
for _i in range(26):
    _ROT13_MAP[ord('a') + _i] = ord('a') + (_i + 13) % 26
    _ROT13_MAP[ord('A') + _i] = ord('A') + (_i + 13) % 26
del _i


def _hex_encode(input, errors='strict'):
    import binascii
    if not isinstance(input, (bytes, bytearray, memoryview)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(input).__name__)
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _base64_encode(input, errors='strict'):
    import binascii
    if not isinstance(input, (bytes, bytearray, memoryview)):
        raise TypeError("expected bytes-like object, not %s" % type(input).__name__)
    data = bytes(input)
    pieces = [binascii.b2a_base64(data[i:i + 57]) for i in range(0, len(data), 57)]
    return (b"".join(pieces), len(input))


def _base64_decode(input, errors='strict'):
    import binascii
    return (binascii.a2b_base64(input), len(input))


def _unicode_escape_encode(input, errors='strict'):
    out = []
    for ch in input:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif o < 0x20 or 0x7f <= o < 0x100:
            out.append('\\x%02x' % o)
        elif o < 0x7f:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return (''.join(out).encode('ascii'), len(input))


_SIMPLE_ESCAPES = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b',
                   'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}


def _escape_error(data, start, end, reason, errors):
    if errors == 'strict':
        raise UnicodeDecodeError('unicodeescape', bytes(data), start, end, reason)
    return '\ufffd' if errors == 'replace' else ''


def _unicode_escape_decode(input, errors='strict', raw=False):
    data = _check_bytes('unicode_escape', input)
    text = data.decode('latin-1')
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch != '\\' or i + 1 >= n:
            if ch == '\\' and not raw:
                out.append(_escape_error(data, i, n, "\\ at end of string", errors))
            else:
                out.append(ch)
            i += 1
            continue
        c = text[i + 1]
        if raw and c not in 'uU':
            out.append(ch)
            i += 1
            continue
        if not raw and c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
            i += 2
        elif not raw and c in '01234567':
            j = i + 1
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif c in 'xuU' and not (raw and c == 'x'):
            width = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = text[i + 2:i + 2 + width]
            if len(digits) < width or any(d not in '0123456789abcdefABCDEF' for d in digits):
                reason = {'x': "truncated \\xXX escape", 'u': "truncated \\uXXXX escape",
                          'U': "truncated \\UXXXXXXXX escape"}[c]
                end = i + 2
                while end < n and end < i + 2 + width and text[end] in '0123456789abcdefABCDEF':
                    end += 1
                out.append(_escape_error(data, i, end, reason, errors))
                i = end
                continue
            code = int(digits, 16)
            if code > 0x10ffff:
                out.append(_escape_error(data, i, i + 2 + width, "illegal Unicode character", errors))
            else:
                out.append(chr(code))
            i += 2 + width
        elif not raw and c == 'N' and text.startswith('{', i + 2) and '}' in text[i + 3:]:
            import unicodedata
            close = text.index('}', i + 3)
            try:
                out.append(unicodedata.lookup(text[i + 3:close]))
            except KeyError:
                out.append(_escape_error(data, i, close + 1, "unknown Unicode character name", errors))
            i = close + 1
        else:
            out.append('\\' + c)
            i += 2
    return (''.join(out), len(data))


def _raw_unicode_escape_encode(input, errors='strict'):
    out = []
    for ch in input:
        o = ord(ch)
        if o < 0x100:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return (''.join(out).encode('latin-1'), len(input))


def _raw_unicode_escape_decode(input, errors='strict'):
    return _unicode_escape_decode(input, errors, raw=True)


def _utf16_encode_units(input, big):
    out = bytearray()
    for ch in input:
        o = ord(ch)
        units = [o] if o < 0x10000 else [0xd800 + ((o - 0x10000) >> 10), 0xdc00 + ((o - 0x10000) & 0x3ff)]
        for u in units:
            out += u.to_bytes(2, 'big' if big else 'little')
    return bytes(out)


def _utf16_decode(data, errors, big, final, name, start=0):
    out = []
    i, n = start, len(data)
    order = 'big' if big else 'little'
    while i + 1 < n:
        u = int.from_bytes(data[i:i + 2], order)
        if 0xd800 <= u < 0xdc00:
            if i + 3 >= n:
                if not final:
                    break
                out.append(_decode_error(name, data, i, n, "unexpected end of data", errors))
                i = n
                break
            u2 = int.from_bytes(data[i + 2:i + 4], order)
            if not 0xdc00 <= u2 < 0xe000:
                out.append(_decode_error(name, data, i, i + 2, "illegal UTF-16 surrogate", errors))
                i += 2
                continue
            out.append(chr(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00)))
            i += 4
        elif 0xdc00 <= u < 0xe000:
            out.append(_decode_error(name, data, i, i + 2, "illegal encoding", errors))
            i += 2
        else:
            out.append(chr(u))
            i += 2
    if i < n and final:
        out.append(_decode_error(name, data, i, n, "truncated data", errors))
        i = n
    return ''.join(out), i


def _utf32_decode(data, errors, big, final, name, start=0):
    out = []
    i, n = start, len(data)
    order = 'big' if big else 'little'
    while i + 3 < n:
        u = int.from_bytes(data[i:i + 4], order)
        if u > 0x10ffff:
            out.append(_decode_error(name, data, i, i + 4, "code point not in range(0x110000)", errors))
        elif 0xd800 <= u < 0xe000:
            out.append(_decode_error(name, data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors))
        else:
            out.append(chr(u))
        i += 4
    if i < n and final:
        out.append(_decode_error(name, data, i, n, "truncated data", errors))
        i = n
    return ''.join(out), i


def _decode_error(name, data, start, end, reason, errors):
    if errors == 'strict':
        raise UnicodeDecodeError(name, bytes(data), start, end, reason)
    if errors == 'replace':
        return '\ufffd'
    if errors == 'ignore':
        return ''
    if errors == 'backslashreplace':
        return ''.join('\\x%02x' % b for b in data[start:end])
    return _call_error_handler(errors, UnicodeDecodeError(name, bytes(data), start, end, reason))[0]


def _call_error_handler(errors, exc):
    """Run the error handler named `errors` on `exc`: its replacement and the position to
    resume at, checked as CPython's codec machinery checks them."""
    if errors == 'strict':
        raise exc
    result = lookup_error(errors)(exc)
    encoding = isinstance(exc, UnicodeEncodeError)
    kinds = (str, bytes) if encoding else str
    if not (isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], kinds)
            and isinstance(result[1], int)):
        what = "encoding error handler must return (str/bytes, int) tuple" if encoding \
            else "decoding error handler must return (str, int) tuple"
        raise TypeError(what)
    replacement, pos = result
    size = len(exc.object)
    if pos < 0:
        pos += size
    if not 0 <= pos <= size:
        raise IndexError("position %d from error handler out of bounds" % result[1])
    return replacement, pos


def _handler_encode(text, encoding, errors):
    """str.encode through a native codec with an error handler it does not have itself
    (namereplace, or one from register_error): strict up to each failure, then the handler."""
    lookup_error(errors)
    out = []
    pos = 0
    while True:
        try:
            out.append(text[pos:].encode(encoding))
            return b''.join(out)
        except UnicodeEncodeError as e:
            out.append(text[pos:pos + e.start].encode(encoding))
            exc = UnicodeEncodeError(e.encoding, text, pos + e.start, pos + e.end, e.reason)
            replacement, pos = _call_error_handler(errors, exc)
            if isinstance(replacement, str):
                # As CPython: an unencodable replacement reports the original failure.
                try:
                    replacement = replacement.encode(encoding)
                except UnicodeEncodeError:
                    raise exc from None
            out.append(replacement)


def _handler_decode(data, encoding, errors):
    """bytes.decode counterpart of _handler_encode."""
    lookup_error(errors)
    data = bytes(data)
    out = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(encoding))
            return ''.join(out)
        except UnicodeDecodeError as e:
            out.append(data[pos:pos + e.start].decode(encoding))
            exc = UnicodeDecodeError(e.encoding, data, pos + e.start, pos + e.end, e.reason)
            replacement, pos = _call_error_handler(errors, exc)
            out.append(replacement)


def _make_utf16_32(width, big, name):
    """Encoder and decoder of UTF-16/32; `big` None means native order with a BOM."""
    bom_le = BOM_UTF16_LE if width == 2 else BOM_UTF32_LE
    bom_be = BOM_UTF16_BE if width == 2 else BOM_UTF32_BE
    unit_decode = _utf16_decode if width == 2 else _utf32_decode

    def units(text, be):
        if width == 2:
            return _utf16_encode_units(text, be)
        return b''.join(ord(c).to_bytes(4, 'big' if be else 'little') for c in text)

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("utf_%d_encode() argument 1 must be str, not %s" % (width * 8, type(input).__name__))
        if big is None:
            return (bom_le + units(input, False), len(input))
        return (units(input, big), len(input))

    def decode_partial(input, errors, final, order=None):
        """Decodes `input`; `order` is the byte order a BOM already chose (True for big
        endian). Returns the text, the bytes used and the byte order now known (None when
        the input was too short to tell)."""
        data = _check_bytes(name, input)
        be = big if big is not None else order
        skip = 0
        if be is None:
            if data.startswith(bom_le):
                be, skip = False, len(bom_le)
            elif data.startswith(bom_be):
                be, skip = True, len(bom_be)
            elif len(data) < len(bom_le) and not final:
                return '', 0, None  # a BOM may still be arriving
            else:
                be = False
        # matches CPython: errors name the byte order in use and count the BOM's bytes.
        errname = name if big is not None else name + ('-be' if be else '-le')
        text, used = unit_decode(data, errors, be, final, errname, skip)
        return text, used, be

    def decode(input, errors='strict'):
        return decode_partial(input, errors, True)[:2]

    class Decoder(BufferedIncrementalDecoder):
        # The byte order the first BOM chose holds for the rest of the stream.
        _order = None

        def _buffer_decode(self, input, errors, final):
            text, used, self._order = decode_partial(input, errors, final, self._order)
            return text, used

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._order = None

        def getstate(self):
            # matches CPython: 2 while no BOM has been seen, then 1 for big endian.
            return (self.buffer, 2 if self._order is None else int(self._order))

        def setstate(self, state):
            self.buffer = state[0]
            self._order = None if state[1] == 2 else bool(state[1])

    class Encoder(IncrementalEncoder):
        # Only a stream's first output starts with the BOM.
        _bom_pending = True

        def encode(self, input, final=False):
            if big is not None or not self._bom_pending:
                return units(input, bool(big))
            self._bom_pending = False
            return encode(input, self.errors)[0]

        def reset(self):
            self._bom_pending = True

        def getstate(self):
            return 2 if self._bom_pending and big is None else 0

        def setstate(self, state):
            self._bom_pending = bool(state)

    return encode, decode, Encoder, Decoder


# ---- the native codecs, through str.encode / bytes.decode ----

def _native(name):
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (name.replace('-', '_').replace('iso8859_1', 'latin_1'), type(input).__name__))
        return (input.encode(name, errors), len(input))

    def decode(input, errors='strict'):
        data = bytes(input) if isinstance(input, (bytearray, memoryview)) else input
        return (data.decode(name, errors), len(data))

    # utf-8-sig: the BOM belongs to the start of the stream only, written once and
    # skipped once.
    sig = name == 'utf-8-sig'

    class Encoder(IncrementalEncoder):
        _bom_pending = sig

        def encode(self, input, final=False):
            if self._bom_pending:
                self._bom_pending = False
                return input.encode(name, self.errors)
            return input.encode('utf-8' if sig else name, self.errors)

        def reset(self):
            self._bom_pending = sig

        def getstate(self):
            return int(self._bom_pending)

        def setstate(self, state):
            self._bom_pending = sig and bool(state)

    class Decoder(BufferedIncrementalDecoder):
        _bom_pending = sig

        def _buffer_decode(self, input, errors, final):
            skip = 0
            if self._bom_pending:
                if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                    return ('', 0)  # the BOM may still be arriving
                self._bom_pending = False
                if input.startswith(BOM_UTF8):
                    skip = 3
            codec = 'utf-8' if sig else name
            if name.startswith('utf-8') and not final:
                keep = _incomplete_utf8_tail(input)
                return (input[skip:len(input) - keep].decode(codec, errors), len(input) - keep)
            return (input[skip:].decode(codec, errors), len(input))

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._bom_pending = sig

    return encode, decode, Encoder, Decoder


def _incomplete_utf8_tail(data):
    """How many bytes at the end start a UTF-8 sequence that has not finished yet."""
    for back in range(1, min(4, len(data)) + 1):
        b = data[-back]
        if b & 0xc0 == 0x80:
            continue
        need = 2 if 0xc0 <= b < 0xe0 else 3 if 0xe0 <= b < 0xf0 else 4 if 0xf0 <= b < 0xf8 else 1
        return back if need > back else 0
    return 0


def _stateless(encode, decode):
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    return encode, decode, Encoder, Decoder


# normalized alias -> (canonical name, is text encoding, factory)
_ALIASES = {
    'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', '8859': 'iso8859-1', 'cp819': 'iso8859-1',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'us': 'ascii',
    'rot13': 'rot-13', 'rot_13': 'rot-13',
    'hex': 'hex', 'hex_codec': 'hex',
    'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
    'unicode_escape': 'unicode-escape', 'raw_unicode_escape': 'raw-unicode-escape',
    'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le', 'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le', 'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
}

_BINARY = {'rot-13', 'hex', 'base64'}


def _charmap_alias(norm):
    # The code-page tables load only when a script names one of them.
    import _codecs_charmap
    return _codecs_charmap.ALIASES.get(norm) or _cjk_alias(norm)


def _cjk_alias(norm):
    import _codecs_cjk
    return _codecs_cjk.ALIASES.get(norm)


def _build(name):
    if name in ('utf-8', 'utf-8-sig', 'iso8859-1', 'ascii'):
        return _native(name)
    if name == 'rot-13':
        return _stateless(_rot13, _rot13)
    if name == 'hex':
        return _stateless(_hex_encode, _hex_decode)
    if name == 'base64':
        return _stateless(_base64_encode, _base64_decode)
    if name == 'unicode-escape':
        return _stateless(_unicode_escape_encode, _unicode_escape_decode)
    if name == 'raw-unicode-escape':
        return _stateless(_raw_unicode_escape_encode, _raw_unicode_escape_decode)
    if _cjk_alias(name) == name:
        import _codecs_cjk
        return _codecs_cjk.build(name)
    if not name.startswith('utf-'):
        import _codecs_charmap
        return _codecs_charmap.build(name)
    width = 2 if name.startswith('utf-16') else 4
    big = None if name in ('utf-16', 'utf-32') else name.endswith('-be')
    return _make_utf16_32(width, big, name)


_cache = {}
_search_functions = []


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = _normalize(encoding)
    if norm in _cache:
        return _cache[norm]
    for search in _search_functions:
        info = search(norm)
        if info is not None:
            _cache[norm] = info
            return info
    name = _ALIASES.get(norm) or _charmap_alias(norm)
    if name is None:
        raise LookupError("unknown encoding: %s" % encoding)
    enc, dec, ienc, idec = _build(name)
    reader, writer = _codecs_streams.codec_classes(enc, dec, idec)
    info = CodecInfo(enc, dec, reader, writer, ienc, idec, name=name,
                     _is_text_encoding=name not in _BINARY)
    _cache[norm] = info
    return info


def _wrap_failure(action, encoding, exc):
    # matches CPython: a codec's TypeError/ValueError is wrapped with the codec's name.
    if type(exc) in (TypeError, ValueError) and not isinstance(exc, UnicodeError):
        return type(exc)("%s with '%s' codec failed (%s: %s)" % (action, encoding, type(exc).__name__, exc))
    return None


def encode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        result = info.encode(obj, errors)
    except (TypeError, ValueError) as e:
        wrapped = _wrap_failure("encoding", encoding, e)
        if wrapped is None:
            raise
        raise wrapped from e
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    info = lookup(encoding)
    try:
        result = info.decode(obj, errors)
    except (TypeError, ValueError) as e:
        wrapped = _wrap_failure("decoding", encoding, e)
        if wrapped is None:
            raise
        raise wrapped from e
    return result[0]


def _known(encoding):
    norm = _normalize(encoding)
    return norm in _cache or norm in _ALIASES or bool(_search_functions) or _charmap_alias(norm) is not None


def _text_encode(text, encoding, errors):
    """str.encode for an encoding the native layer does not know."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; use codecs.encode() to handle arbitrary codecs" % encoding)
    return info.encode(text, errors)[0]


def _file_coders(encoding, errors):
    """The incremental decoder and encoder of a text file opened with `encoding` (one
    the file layer does not decode itself), or LookupError as CPython's open() raises."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs" % encoding)
    return info.incrementaldecoder(errors), info.incrementalencoder(errors)


def _raw_length(encoding, text):
    """How many bytes `text` takes in a stream of `encoding` past its start (no BOM)."""
    name = lookup(encoding).name
    if name in ('utf-16', 'utf-32'):
        name += '-le'
    elif name == 'utf-8-sig':
        name = 'utf-8'
    return len(lookup(name).encode(text, 'replace')[0])


def _text_decode(data, encoding, errors):
    """bytes.decode for an encoding the native layer does not know."""
    info = lookup(encoding)
    if not info._is_text_encoding:
        raise LookupError("'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs" % encoding)
    return info.decode(data, errors)[0]


# matches CPython, where these come from the C module _codecs (pickles name it).
for _f in (encode, decode, lookup, register):
    _f.__module__ = '_codecs'
del _f


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """A file whose reads give str and writes take str in `encoding` (corio returns the
    built-in text file rather than a StreamReaderWriter)."""
    if encoding is None:
        return _builtins.open(filename, mode, buffering)
    mode = mode.replace('b', '')
    return _builtins.open(filename, mode, buffering, encoding=encoding, errors=errors)


_error_handlers = {}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    if name in _error_handlers:
        return _error_handlers[name]
    builtin = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
               'xmlcharrefreplace': xmlcharrefreplace_errors,
               'backslashreplace': backslashreplace_errors, 'namereplace': namereplace_errors}
    if name in builtin:
        return builtin[name]
    raise LookupError("unknown error handler name '%s'" % name)


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ('', exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd', exc.end)


def xmlcharrefreplace_errors(exc):
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        part = exc.object[exc.start:exc.end]
        return (''.join(_unicode_escape_encode(c)[0].decode() for c in part), exc.end)
    return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        try:
            out.append('\\N{%s}' % unicodedata.name(c))
        except ValueError:
            out.append(_unicode_escape_encode(c)[0].decode())
    return (''.join(out), exc.end)
