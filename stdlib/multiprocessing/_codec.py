"""How values cross to and from worker processes: as the text of a Python expression
(numbers, strings, bytes, None, bools, lists, tuples, dicts, sets, module-level functions and
classes by name, exceptions by class and args), evaluated on the other side in a namespace
that only knows those constructors. CPython pickles; the same values round-trip here."""

import sys

_SIMPLE = (type(None), bool, int, float, str, bytes, bytearray, range)


class PicklingError(Exception):
    pass


def _global_name(obj):
    module = getattr(obj, '__module__', None)
    qualname = getattr(obj, '__qualname__', None)
    if module is None or qualname is None or '<lambda>' in qualname or '<locals>' in qualname:
        raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {qualname} on {module} failed")
    return module, qualname


def _encode(obj, out):
    if isinstance(obj, float):
        if obj != obj:
            out.append("_float('nan')")
        elif obj in (float('inf'), float('-inf')):
            out.append(f"_float('{obj}')")
        else:
            out.append(repr(obj))
    elif isinstance(obj, _SIMPLE):
        out.append(repr(obj))
    elif isinstance(obj, (list, tuple, set, frozenset)):
        opener, closer = {list: ('[', ']'), tuple: ('(', ')'), set: ('_set([', '])'),
                          frozenset: ('_frozenset([', '])')}[type(obj)] if type(obj) in (list, tuple, set, frozenset) else ('(', ')')
        out.append(opener)
        for item in obj:
            _encode(item, out)
            out.append(',')
        out.append(closer)
    elif type(obj) is dict:
        out.append('{')
        for k, v in obj.items():
            _encode(k, out)
            out.append(':')
            _encode(v, out)
            out.append(',')
        out.append('}')
    elif isinstance(obj, BaseException):
        module, qualname = _global_name(type(obj))
        out.append(f"_exc({module!r},{qualname!r},")
        _encode(tuple(obj.args), out)
        out.append(')')
    elif callable(obj) and hasattr(obj, '__qualname__'):
        module, qualname = _global_name(obj)
        out.append(f"_global({module!r},{qualname!r})")
    else:
        raise PicklingError(f"Can't pickle {type(obj).__name__} objects")


def dumps(obj):
    out = []
    _encode(obj, out)
    return ''.join(out).encode()


def _lookup(module, qualname):
    if module == '__mp_main__' and module not in sys.modules:
        module = '__main__'
    elif module == '__main__' and '__mp_main__' in sys.modules:
        module = '__mp_main__'
    __import__(module)
    obj = sys.modules[module]
    for part in qualname.split('.'):
        obj = getattr(obj, part)
    return obj


def _exc(module, qualname, args):
    try:
        cls = _lookup(module, qualname)
        return cls(*args)
    except Exception:
        return RuntimeError(*args)


_NAMESPACE = {'__builtins__': {}, '_float': float, '_set': set, '_frozenset': frozenset,
              '_global': _lookup, '_exc': _exc, 'range': range, 'bytearray': bytearray}


def loads(data):
    return eval(data.decode(), dict(_NAMESPACE))
