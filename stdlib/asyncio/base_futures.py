"""Helpers for Future and Task reprs. CPython shows a finished future's result through
`reprlib.repr()`, so long results are abbreviated (`'xxxxxxxxxxxx...xxxxxxxxxxxxx'`,
`[0, 1, 2, 3, 4, 5, ...]`); `_result_repr` reproduces reprlib's default limits."""

# The future states as CPython's base_futures names them (Task/Future `_state` values).
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


# CPython defines isfuture here; futures re-exports it.
from _asyncio import isfuture


_FILL = '...'
_MAXLEVEL = 6
_MAXSTRING = 30
_MAXLONG = 40
_MAXOTHER = 30
# reprlib.Repr's per-type item limits, chosen (as reprlib does) by the type's __name__.
_ITEM_LIMITS = {'tuple': 6, 'list': 6, 'set': 6, 'frozenset': 6, 'deque': 6, 'dict': 4}


def _shorten(s, limit):
    if len(s) <= limit:
        return s
    i = max(0, (limit - 3) // 2)
    j = max(0, limit - 3 - i)
    return s[:i] + _FILL + s[len(s) - j:]


def _possibly_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _iterable(x, level, left, right, maxiter, trail=''):
    n = len(x)
    if level <= 0 and n:
        body = _FILL
    else:
        pieces = []
        for i, item in enumerate(x):
            if i >= maxiter:
                break
            pieces.append(_repr1(item, level - 1))
        if n > maxiter:
            pieces.append(_FILL)
        body = ', '.join(pieces)
        if n == 1 and trail:
            right = trail + right
    return left + body + right


def _repr1(x, level):
    name = '_'.join(type(x).__name__.split())
    if name == 'str':
        s = repr(x[:_MAXSTRING])
        if len(s) > _MAXSTRING:
            i = max(0, (_MAXSTRING - 3) // 2)
            j = max(0, _MAXSTRING - 3 - i)
            s = repr(x[:i] + x[len(x) - j:])
            s = s[:i] + _FILL + s[len(s) - j:]
        return s
    if name == 'int':
        return _shorten(repr(x), _MAXLONG)
    if name == 'tuple':
        return _iterable(x, level, '(', ')', 6, ',')
    if name == 'list':
        return _iterable(x, level, '[', ']', 6)
    if name == 'deque':
        return _iterable(x, level, 'deque([', '])', 6)
    if name == 'set':
        if not x:
            return 'set()'
        return _iterable(_possibly_sorted(x), level, '{', '}', 6)
    if name == 'frozenset':
        if not x:
            return 'frozenset()'
        return _iterable(_possibly_sorted(x), level, 'frozenset({', '})', 6)
    if name == 'dict':
        if not x:
            return '{}'
        if level <= 0:
            return '{' + _FILL + '}'
        pieces = []
        for i, key in enumerate(_possibly_sorted(x)):
            if i >= 4:
                break
            pieces.append(f'{_repr1(key, level - 1)}: {_repr1(x[key], level - 1)}')
        if len(x) > 4:
            pieces.append(_FILL)
        return '{' + ', '.join(pieces) + '}'
    try:
        s = repr(x)
    except Exception:
        return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
    return _shorten(s, _MAXOTHER)


def _result_repr(result):
    """reprlib.repr(result)."""
    return _repr1(result, _MAXLEVEL)
