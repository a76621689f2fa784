"""Replacement templates of `sub` and `Match.expand`: `\\1`, `\\g<name>`, `\\g<0>`, escapes
(CPython 3.11's `parse_template` rules and messages)."""

from re._error import error

_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
            '\\': '\\'}
_OCT = '01234567'
_DIGITS = '0123456789'
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def parse_template(template, pattern):
    """A list whose items are literal strings or group indexes."""
    is_bytes = isinstance(template, (bytes, bytearray))
    source = str(template, 'latin1') if is_bytes else template
    items = []
    literal = []
    n = len(source)
    i = 0

    def fail(msg, pos):
        raise error(msg, template, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        if literal:
            items.append(''.join(literal))
            literal.clear()
        items.append(index)

    while i < n:
        c = source[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            fail("bad escape (end of pattern)", start)
        c = source[i + 1]
        i += 2
        if c == 'g':
            if i >= n or source[i] != '<':
                fail("missing <", i)
            j = source.find('>', i + 1)
            name = source[i + 1:] if j < 0 else source[i + 1:j]
            if not name:
                fail("missing group name", i + 1)
            if j < 0:
                fail("missing >, unterminated name", i + 1)
            i = j + 1
            if name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    fail("bad character in group name '%s'" % name, j - len(name))
            addgroup(index, j - len(name))
        elif c == '0':
            digits = c
            while len(digits) < 3 and i < n and source[i] in _OCT:
                digits += source[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in _DIGITS:
            digits = c
            if i < n and source[i] in _DIGITS:
                digits += source[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and source[i] in _OCT:
                    digits += source[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        fail('octal escape value \\%s outside of range 0-0o377' % digits, start)
                    literal.append(chr(value))
                    continue
            addgroup(int(digits), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _LETTERS:
            fail('bad escape \\%s' % c, start)
        else:
            literal.append('\\' + c)
    if literal:
        items.append(''.join(literal))
    if is_bytes:
        items = [x.encode('latin1') if isinstance(x, str) else x for x in items]
    return items


def expand(items, match):
    """The text of a parsed template for `match` (an unmatched group gives '')."""
    empty = match.string[:0]
    parts = []
    for item in items:
        if isinstance(item, int):
            g = match.group(item)
            parts.append(empty if g is None else g)
        else:
            parts.append(item)
    return empty.join(parts)


def expand_match(match, template):
    """`Match.expand(template)`. A template that is not str or bytes-like fails as CPython's
    template parser does (decoding it with latin-1)."""
    if not isinstance(template, (str, bytes, bytearray)):
        str(template, 'latin1')
    return expand(parse_template(template, match.re), match)
