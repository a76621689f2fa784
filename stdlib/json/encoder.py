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


# The native versions (CPython's `c_encode_basestring*`) do the per-character work, and
# `_json.encode` (CPython's `c_make_encoder`) the whole encoding.
import _json
from _json import encode_basestring as c_encode_basestring
from _json import encode_basestring_ascii as c_encode_basestring_ascii

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii


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
        # A subclass's own iterencode is what CPython's encode joins.
        if type(self).iterencode is not JSONEncoder.iterencode:
            return ''.join(self.iterencode(o, _one_shot=True))
        return _json.encode(o, self)

    def iterencode(self, o, _one_shot=False):
        if _one_shot:
            return iter([_json.encode(o, self)])
        # CPython's pure-Python path: a generator of small chunks (each container's
        # opening, every key, separator and scalar), which `list(...)` shows.
        return _Chunks(self).chunks(o, 0)


class _Chunks:
    """The chunk-by-chunk encoding behind `JSONEncoder.iterencode`: the same text as
    `encode`, cut where CPython's generator yields."""

    def __init__(self, enc):
        self.enc = enc
        self.quote = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.seen = {} if enc.check_circular else None

    def number(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def scalar(self, o):
        """The text of a str/None/bool/int/float, or None for anything else."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def enter(self, o):
        if self.seen is not None:
            if id(o) in self.seen:
                raise ValueError('Circular reference detected')
            self.seen[id(o)] = o

    def leave(self, o):
        if self.seen is not None:
            del self.seen[id(o)]

    def nested(self, o, level):
        if isinstance(o, (list, tuple)):
            return self.array(o, level)
        if isinstance(o, dict):
            return self.mapping(o, level)
        return self.other(o, level)

    def chunks(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        else:
            yield from self.nested(o, level)

    def other(self, o, level):
        self.enter(o)
        yield from self.chunks(self.enc.default(o), level)
        self.leave(o)

    def array(self, items, level):
        if not items:
            yield '[]'
            return
        self.enter(items)
        head = '['
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep += newline
            head += newline
        for i, value in enumerate(items):
            lead = head if i == 0 else sep
            text = self.scalar(value)
            if text is not None:
                yield lead + text
            else:
                yield lead
                yield from self.nested(value, level)
        if self.indent is not None:
            yield '\n' + self.indent * (level - 1)
        yield ']'
        self.leave(items)

    def key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.number(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not '
                        + type(key).__name__)

    def mapping(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep += newline
            yield newline
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield sep
            yield self.quote(key)
            yield self.enc.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.nested(value, level)
        if self.indent is not None:
            yield '\n' + self.indent * (level - 1)
        yield '}'
        self.leave(dct)
