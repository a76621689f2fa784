"""operator: standard operators as functions."""

# The single operations are built-in functions (no frame of their own in tracebacks, CPython's
# argument errors); the rest is written here.
from _operator import (lt, le, eq, ne, ge, gt, not_, truth, is_, is_not, abs, add, and_,
                       floordiv, inv, invert, lshift, mod, mul, matmul, neg, or_, pos, pow,
                       rshift, sub, truediv, xor, contains, getitem, setitem, delitem, iadd,
                       imul, iand, ifloordiv, ilshift, imatmul, imod, ior, ipow, irshift, isub,
                       itruediv, ixor)


def _arguments(name, args, kwargs, low, high):
    # The checks CPython's C functions make: no keywords, then the positional count, worded
    # as _PyArg_CheckPositional does ("concat expected 2 arguments, got 1").
    if kwargs:
        raise TypeError("_operator.%s() takes no keyword arguments" % name)
    _count(name, len(args), low, high)
    return args


def _count(name, given, low, high):
    if low <= given <= high:
        return
    if low == high:
        how, wanted = "", low
    elif given < low:
        how, wanted = "at least ", low
    else:
        how, wanted = "at most ", high
    raise TypeError("%s expected %s%d argument%s, got %d"
                    % (name, how, wanted, "" if wanted == 1 else "s", given))


def index(*args, **kwargs):
    if kwargs:
        raise TypeError("_operator.index() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("_operator.index() takes exactly one argument (%d given)" % len(args))
    a = args[0]
    if type(a) is int:
        return a
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    result = method(a)
    if type(result) is int:
        return result
    # matches CPython's PyNumber_Index: an int subclass is deprecated, anything else an error.
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(result).__name__)
    import warnings
    warnings.warn("__index__ returned non-int (type %s).  The ability to return an instance of "
                  "a strict subclass of int is deprecated, and may be removed in a future "
                  "version of Python." % type(result).__name__, DeprecationWarning, stacklevel=2)
    return int(result)


index.__doc__ = "Same as a.__index__()"


def _is_sequence(x):
    # CPython's PySequence_Check: an item getter, dicts excluded.
    return hasattr(type(x), '__getitem__') and not isinstance(x, dict)


def _concat_check(a, b):
    """PySequence_Concat's refusal: `a` must concatenate natively (str, bytes, list, tuple,
    ...) or both operands be sequences; the error names a's type."""
    if isinstance(a, (str, bytes, bytearray, list, tuple)):
        return
    if not (_is_sequence(a) and _is_sequence(b)):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(*args, **kwargs):
    "Same as a + b, for a and b sequences."
    a, b = _arguments("concat", args, kwargs, 2, 2)
    _concat_check(a, b)
    return a + b


def _iterate(a):
    # PySequence_Count/_PySequence_IterSearch's wording for a non-iterable.
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__) from None


def countOf(*args, **kwargs):
    "Return the number of items in a which are, or which equal, b."
    a, b = _arguments("countOf", args, kwargs, 2, 2)
    return sum(1 for x in _iterate(a) if x is b or x == b)


def iconcat(*args, **kwargs):
    "Same as a += b, for a and b sequences."
    a, b = _arguments("iconcat", args, kwargs, 2, 2)
    _concat_check(a, b)
    a += b
    return a


def call(*args, **kwargs):
    "Same as obj(*args, **kwargs)."
    if not args:
        raise TypeError("call expected at least 1 argument, got 0")
    return args[0](*args[1:], **kwargs)


def indexOf(*args, **kwargs):
    "Return the first index of b in a."
    a, b = _arguments("indexOf", args, kwargs, 2, 2)
    for i, x in enumerate(_iterate(a)):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(*args, **kwargs):
    obj, default = (_arguments("length_hint", args, kwargs, 1, 2) + (0,))[:2]
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


length_hint.__doc__ = ("Return an estimate of the number of items in obj.\n\n"
                       "This is useful for presizing containers when building from an iterable.\n\n"
                       "If the object supports len(), the result will be exact.\n"
                       "Otherwise, it may over- or under-estimate by an arbitrary amount.\n"
                       "The result will be an integer >= 0.")


class attrgetter:
    __doc__ = (
        'attrgetter(attr, ...) --> attrgetter object\n'
        '\n'
        'Return a callable object that fetches the given attribute(s) from its operand.\n'
        "After f = attrgetter('name'), the call f(r) returns r.name.\n"
        "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
        "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
        '(r.name.first, r.name.last).')

    # matches CPython's C constructor: its argument-count and type messages.
    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs

    def _get(self, obj, attr):
        for name in attr.split('.'):
            obj = getattr(obj, name)
        return obj

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple(self._get(obj, a) for a in self._attrs)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


class itemgetter:
    __doc__ = (
        'itemgetter(item, ...) --> itemgetter object\n'
        '\n'
        'Return a callable object that fetches the given item(s) from its operand.\n'
        'After f = itemgetter(2), the call f(r) returns r[2].\n'
        'After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])')

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


class methodcaller:
    __doc__ = (
        'methodcaller(name, ...) --> methodcaller object\n'
        '\n'
        'Return a callable object that calls the given method on its operand.\n'
        "After f = methodcaller('name'), the call f(r) returns r.name().\n"
        "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
        "r.name('date', foo=1).")

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, *args = args
        args = tuple(args)
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name, self._args, self._kwargs = name, args, kwargs

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(args)

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)


# The public names, sorted as CPython lists them.
__all__ = sorted(
    'abs add and_ attrgetter call concat contains countOf delitem eq floordiv ge getitem gt '
    'iadd iand iconcat ifloordiv ilshift imatmul imod imul index indexOf inv invert ior ipow '
    'irshift is_ is_not isub itemgetter itruediv ixor le length_hint lshift lt matmul '
    'methodcaller mod mul ne neg not_ or_ pos pow rshift setitem sub truediv truth xor'.split())

# Each operation is also reachable by its dunder spelling (`operator.__add__`); a trailing
# underscore (`and_`, `not_`) is dropped there.
for _name in ('abs add and_ call concat contains delitem eq floordiv ge getitem gt iadd iand '
              'iconcat ifloordiv ilshift imatmul imod imul index inv invert ior ipow irshift '
              'isub itruediv ixor le lshift lt matmul mod mul ne neg not_ or_ pos pow rshift '
              'setitem sub truediv xor').split():
    globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
# CPython's pure-Python fallback keeps the builtin under this name.
from builtins import abs as _abs  # noqa: E402


# CPython's operator module is C: none of its frames shows in a traceback.
import _c_frames  # noqa: E402
_c_frames.hide_namespace(globals(), (__name__,))
del _c_frames
