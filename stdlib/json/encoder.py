"""json.encoder: JSONEncoder (CPython's formatting: separators, indent, ensure_ascii)."""

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
            '\t': '\\t'}


def py_encode_basestring(s):
    out = []
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ch < ' ':
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    out = []
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ' ' <= ch <= '~':
            out.append(ch)
        else:
            n = ord(ch)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii
INFINITY = float('inf')


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._indent_unit = indent
        self._markers = {} if self.check_circular else None
        self._encode(o, chunks, 0)
        return chunks

    def _str(self, s):
        return (py_encode_basestring_ascii if self.ensure_ascii else py_encode_basestring)(s)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return repr(float(o))
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _newline(self, level):
        return '\n' + self._indent_unit * level

    def _encode(self, o, out, level):
        if isinstance(o, str):
            out.append(self._str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(int(o)))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level)
        else:
            self._enter(o)
            self._encode(self.default(o), out, level)
            self._leave(o)

    def _enter(self, o):
        if self._markers is not None:
            if id(o) in self._markers:
                raise ValueError('Circular reference detected')
            self._markers[id(o)] = o

    def _leave(self, o):
        if self._markers is not None:
            del self._markers[id(o)]

    def _encode_list(self, lst, out, level):
        if not lst:
            out.append('[]')
            return
        self._enter(lst)
        out.append('[')
        sep = self.item_separator
        if self._indent_unit is not None:
            level += 1
            out.append(self._newline(level))
            sep = sep + self._newline(level)
        first = True
        for value in lst:
            if not first:
                out.append(sep)
            first = False
            self._encode(value, out, level)
        if self._indent_unit is not None:
            level -= 1
            out.append(self._newline(level))
        out.append(']')
        self._leave(lst)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return repr(int(key))
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % type(key).__name__)

    def _encode_dict(self, dct, out, level):
        if not dct:
            out.append('{}')
            return
        self._enter(dct)
        out.append('{')
        sep = self.item_separator
        if self._indent_unit is not None:
            level += 1
            out.append(self._newline(level))
            sep = sep + self._newline(level)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(sep)
            first = False
            out.append(self._str(key))
            out.append(self.key_separator)
            self._encode(value, out, level)
        if self._indent_unit is not None:
            level -= 1
            out.append(self._newline(level))
        out.append('}')
        self._leave(dct)
