"""shlex: POSIX shell-like splitting (`split`), quoting (`quote`) and `join`, with CPython's
rules for quotes, backslashes, comments and its error messages. (No `shlex.shlex` lexer class.)"""

import re

__all__ = ["split", "quote", "join"]

_WHITESPACE = ' \t\r\n'


def split(s, comments=False, posix=True):
    """Split the string `s` as a POSIX shell would (posix=False keeps the quotes)."""
    if s is None:
        raise ValueError("s argument must not be None")
    tokens = []
    token = None          # None: no token started; '' can still be a real (quoted) token
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in _WHITESPACE:
            if token is not None:
                tokens.append(token)
                token = None
            i += 1
        elif comments and c == '#' and token is None:
            j = s.find('\n', i)
            i = n if j < 0 else j + 1
        elif c == '\\' and posix:
            if i + 1 >= n:
                raise ValueError("No escaped character")
            token = (token or '') + s[i + 1]
            i += 2
        elif c in '\'"':
            quote = c
            j = i + 1
            buf = quote if not posix else ''
            while True:
                if j >= n:
                    raise ValueError("No closing quotation")
                d = s[j]
                if d == quote:
                    j += 1
                    break
                if posix and quote == '"' and d == '\\' and j + 1 < n and s[j + 1] in '"\\':
                    buf += s[j + 1]
                    j += 2
                    continue
                buf += d
                j += 1
            if not posix:
                buf += quote
            token = (token or '') + buf
            i = j
        else:
            token = (token or '') + c
            i += 1
    if token is not None:
        tokens.append(token)
    return tokens


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string `s`."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from `split_command`."""
    return ' '.join(quote(arg) for arg in split_command)
