"""Regular expressions, with CPython's syntax and results, on the native `_re` engine.

Patterns are translated and compiled natively (`_re.compile`); `_re.find` runs one search.
Pattern and Match objects, `sub`, `split`, `findall` and the rest are written here.
"""

from re._flags import (RegexFlag, NOFLAG, ASCII, A, IGNORECASE, I, LOCALE, L, UNICODE, U,
                       MULTILINE, M, DOTALL, S, VERBOSE, X, TEMPLATE, T, DEBUG)
from re._error import error
from re._pattern import Pattern, _compile_new
from re._match import Match

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
           "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        # CPython's _compile tests `flags & T` first.
        raise TypeError(f"unsupported operand type(s) for &: '{type(flags).__name__}' and 'RegexFlag'")
    p = _compile_new(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


# CPython 3.11's set of characters escape() backslashes.
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_special_chars_map).encode('latin1')


# No frame of this loader shows in a traceback: CPython finds module attributes in C, and
# its AttributeError (with name and obj, for 'Did you mean') names only the caller's line.
@__import__('_traceback')._hide_frames
def __getattr__(name):
    # re.Scanner is loaded on first use: few programs need it
    if name == 'Scanner':
        from re._scanner import Scanner
        globals()['Scanner'] = Scanner
        return Scanner
    import sys
    raise AttributeError(f"module 're' has no attribute '{name}'", name=name, obj=sys.modules[__name__])
