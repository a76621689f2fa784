"""`re.Pattern`: a compiled pattern and the searches built on `_re.find` (match, search,
findall, finditer, sub, split), with CPython's rules for empty matches."""

import _re
from re._error import error
from re._flags import flags_repr
from re._template import parse_template, expand

_SEARCH, _MATCH, _FULLMATCH, _ADVANCE, _MATCH_ADVANCE = 0, 1, 2, 3, 4


def _compile_new(pattern, flags):
    info = _re.compile(pattern, flags)
    if info[0] is None:
        _future_warnings(info[3])
        raise error(info[1], pattern, info[2])
    p = Pattern.__new__(Pattern)
    # (object's __setattr__: Pattern's own refuses its read-only members)
    setattr_ = object.__setattr__
    setattr_(p, 'pattern', pattern)
    setattr_(p, '_code', info[0])
    setattr_(p, 'groups', info[1])
    setattr_(p, 'groupindex', dict(info[2]))
    setattr_(p, 'flags', info[3])
    rank = [0] * (info[1] + 1)
    for r, g in enumerate(info[4]):
        rank[g] = r
    setattr_(p, '_close_rank', rank)
    _future_warnings(info[5])
    return p


def _future_warnings(messages):
    if messages:
        import warnings
        for message in messages:
            # reported at the caller of re.compile/re.match/...
            warnings.warn(message, FutureWarning, stacklevel=5)


def _index(v):
    if isinstance(v, int):
        return v
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None
    return index(v)


def _bounds(string, pos, endpos):
    n = len(string)
    pos = _index(pos)
    if endpos is not None:
        endpos = _index(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


class Pattern:
    __module__ = "re"
    # CPython's re.Pattern instances have no __dict__: `p.x = 1` is an AttributeError.
    __slots__ = ('pattern', '_code', 'groups', 'groupindex', 'flags', '_close_rank', '__weakref__')

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def __init__(self, *args):
        raise TypeError("cannot create 're.Pattern' instances")

    def _check(self, string):
        # matches CPython's getstring: a subject that is neither str nor bytes-like is refused
        # first (`re.match(p, None)`), then a str/bytes mismatch with the pattern.
        # A memoryview or a buffer-exporting stdlib object (mmap) is searched as its bytes.
        if not isinstance(string, (str, bytes, bytearray)):
            if not (isinstance(string, memoryview) or hasattr(type(string), '_buffer_export')):
                raise TypeError("expected string or bytes-like object, got '%s'"
                                % type(string).__name__)
            string = bytes(string)
        if isinstance(self.pattern, str):
            if not isinstance(string, str):
                raise TypeError("cannot use a string pattern on a bytes-like object")
        elif isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string

    # The subject check, the bounds and the search run natively in one call.
    def match(self, string, pos=0, endpos=None):
        return _re.search(self, self._code, string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=None):
        return _re.search(self, self._code, string, pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=None):
        return _re.search(self, self._code, string, pos, endpos, _SEARCH)

    def _all_spans(self, string, pos=0, endpos=None, limit=0):
        """The span tuples of successive matches, at most `limit` (0: all), found natively
        (`_re.find_all`, with `_iter_spans`' rule after an empty match)."""
        string = self._check(string)
        pos, endpos = _bounds(string, pos, endpos)
        return _re.find_all(self._code, string, pos, endpos, limit)

    def _iter_spans(self, string, pos=0, endpos=None, limit=0):
        """Span tuples of successive matches; after an empty match the next one may not be
        the same empty match (CPython's must_advance)."""
        string = self._check(string)
        pos, endpos = _bounds(string, pos, endpos)
        mode = _SEARCH
        count = 0
        code = self._code
        while pos <= endpos and (not limit or count < limit):
            spans = _re.find(code, string, pos, endpos, mode)
            if spans is None:
                return
            yield spans
            count += 1
            pos = spans[1]
            mode = _ADVANCE if spans[0] == spans[1] else _SEARCH

    def finditer(self, string, pos=0, endpos=None):
        # The subject is checked when finditer() is called, as CPython's scanner does.
        string = self._check(string)
        p, e = _bounds(string, pos, endpos)
        return self._finditer(string, pos, endpos, p, e)

    def _finditer(self, string, pos, endpos, p, e):
        for spans in self._iter_spans(string, pos, endpos):
            yield _re.make_match(self, string, p, e, spans)

    def findall(self, string, pos=0, endpos=None):
        out = []
        groups = self.groups
        if isinstance(string, bytearray):
            string = bytes(string)  # the parts are bytes, as CPython's getslice makes them
        empty = string[:0] if isinstance(string, (str, bytes, bytearray)) else ''
        for sp in self._all_spans(string, pos, endpos):
            if groups == 0:
                out.append(string[sp[0]:sp[1]])
            elif groups == 1:
                out.append(string[sp[2]:sp[3]] if sp[2] >= 0 else empty)
            else:
                out.append(tuple(string[sp[2 * g]:sp[2 * g + 1]] if sp[2 * g] >= 0 else empty
                                 for g in range(1, groups + 1)))
        return out

    def subn(self, repl, string, count=0):
        # A template without group references is the same text for every match: no Match
        # object is made for it (func stays None).
        func = None
        if callable(repl):
            func = repl
        else:
            if not isinstance(repl, (str, bytes, bytearray)):
                # CPython's template parser decodes any other template with latin-1, so
                # `re.sub("a", 1, "a")` fails there; a template of the wrong kind fails when
                # the result is joined.
                str(repl, 'latin1')
            items = parse_template(repl, self)
            if len(items) == 1 and not isinstance(items[0], int):
                literal = items[0]
            elif not items:
                literal = repl[:0]
            else:
                func = lambda m: expand(items, m)
        string = self._check(string)
        parts = []
        last = 0
        n = 0
        for sp in self._all_spans(string, 0, None, count):
            # _sre's join skips empty slices, which numbers "sequence item N" in its errors.
            if sp[0] > last:
                parts.append(string[last:sp[0]])
            if func is None:
                parts.append(literal)
            else:
                r = func(_re.make_match(self, string, 0, len(string), sp))
                if r is not None:
                    parts.append(r)
            last = sp[1]
            n += 1
        if last < len(string):
            parts.append(string[last:])
        empty = string[:0]
        if isinstance(string, bytearray):
            empty = b''
        return empty.join(parts), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        groups = self.groups
        if isinstance(string, bytearray):
            string = bytes(string)  # the parts are bytes, as CPython's getslice makes them
        if maxsplit < 0:
            return [string[:]]
        for sp in self._all_spans(string, 0, None, maxsplit):
            out.append(string[last:sp[0]])
            for g in range(1, groups + 1):
                out.append(string[sp[2 * g]:sp[2 * g + 1]] if sp[2 * g] >= 0 else None)
            last = sp[1]
        out.append(string[last:])
        return out

    def scanner(self, string, pos=0, endpos=None):
        string = self._check(string)
        p, e = _bounds(string, pos, endpos)
        s = object.__new__(SRE_Scanner)
        s.pattern = self
        s._state = [string, p, e, p, False]
        return s

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = flags_repr(self.flags, isinstance(self.pattern, str))
        if flags is None:
            return "re.compile(%s)" % text
        return "re.compile(%s, %s)" % (text, flags)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __setattr__(self, name, value):
        # CPython's members of re.Pattern are read-only.
        if name in ('pattern', 'groups', 'groupindex', 'flags'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __copy__(self):
        return self

    def __reduce__(self):
        # matches CPython's copyreg registration in re: rebuilt by re._compile.
        import re
        return re._compile, (self.pattern, self.flags)

    def __deepcopy__(self, memo):
        return self


import _time  # noqa: E402
_time._set_type_name(Pattern, 're.Pattern')
del _time


class SRE_Scanner:
    """CPython's `_sre.SRE_Scanner`: `match()`/`search()` each go on from where the previous
    match ended (after an empty match, the next may not be empty at the same place); once
    one finds nothing, every later call returns None."""
    __module__ = "_sre"

    def __init__(self, *args):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    def _next(self, mode, advance_mode):
        string, pos, endpos, start, advance = self._state
        if start is None:
            return None
        spans = _re.find(self.pattern._code, string, start, endpos, advance_mode if advance else mode)
        if spans is None:
            self._state[3] = None
            return None
        self._state[3] = spans[1]
        self._state[4] = spans[0] == spans[1]
        return _re.make_match(self.pattern, string, pos, endpos, spans)

    def match(self):
        return self._next(_MATCH, _MATCH_ADVANCE)

    def search(self):
        return self._next(_SEARCH, _ADVANCE)


# CPython's Pattern and scanner methods are C: no frame of theirs shows in a traceback.
def _hide_c_frames():
    import _c_frames
    _c_frames.hide_namespace({'Pattern': Pattern, 'SRE_Scanner': SRE_Scanner, '_bounds': _bounds,
                              '_index': _index}, ('re', '_sre', __name__))


_hide_c_frames()
del _hide_c_frames
