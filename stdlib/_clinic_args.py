"""Argument checking with the messages of CPython's C functions, for stdlib functions that
are C in CPython but Python here (their error texts differ from a Python def's)."""

MISSING = object()


def _plural(n):
    return '' if n == 1 else 's'


def clinic(fname, args, kwargs, names, required, maxpos=None):
    """Argument Clinic parsing: `names` are the parameters in order, the first `required` of
    them mandatory, the first `maxpos` allowed positionally (the rest keyword-only).
    Returns one value per name, MISSING for an omitted optional one."""
    maxargs = len(names)
    if maxpos is None:
        maxpos = maxargs
    given = len(args) + len(kwargs)
    if given > maxargs:
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (fname, maxargs, _plural(maxargs), given))
    if len(args) > maxpos:
        raise TypeError('%s() takes at most %d positional argument%s (%d given)'
                        % (fname, maxpos, _plural(maxpos), len(args)))
    values = list(args)
    for i in range(len(args), maxargs):
        name = names[i]
        if name in kwargs:
            values.append(kwargs[name])
        elif i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, name, i + 1))
        else:
            values.append(MISSING)
    # Keywords left over: a parameter already given positionally, or no parameter at all.
    for name in kwargs:
        if name in names[:len(args)]:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (fname, name, names.index(name) + 1))
        if name not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (name, fname))
    return values


def positional(fname, args, kwargs, lo, hi=None, kwname=None):
    """PyArg_UnpackTuple after _PyArg_NoKeywords: lo..hi positional arguments, no keywords."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % (kwname or fname))
    if hi is None:
        hi = lo
    n = len(args)
    if lo == hi and n != lo:
        raise TypeError('%s expected %d argument%s, got %d' % (fname, lo, _plural(lo), n))
    if n < lo:
        raise TypeError('%s expected at least %d argument%s, got %d' % (fname, lo, _plural(lo), n))
    if n > hi:
        raise TypeError('%s expected at most %d argument%s, got %d' % (fname, hi, _plural(hi), n))
    return args


def index(value):
    """operator.index with its message, without importing operator."""
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)
