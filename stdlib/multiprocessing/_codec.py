"""How values cross to and from worker processes: as the text of a Python expression
(numbers, strings, bytes, None, bools, lists, tuples, dicts, sets, module-level functions and
classes by name, exceptions by class and args), evaluated on the other side in a namespace
that only knows those constructors. CPython pickles; the same values round-trip here."""

import sys
import threading
from multiprocessing import _shared

# Per thread (each worker's feeder encodes on its own): see `dumps`.
_mode = threading.local()

_FUNCTION_TYPES = ('function', 'builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor')
_SIMPLE = (type(None), bool, int, float, str, bytes, bytearray, range)


class PicklingError(Exception):
    pass


def _global_name(obj):
    module = getattr(obj, '__module__', None)
    qualname = getattr(obj, '__qualname__', None)
    # matches CPython's pickler: a function or class defined inside a function is refused by
    # name before any lookup; others must be found under their module.
    if qualname is not None and '<locals>' in qualname.split('.'):
        raise AttributeError(f"Can't pickle local object {qualname!r}")
    if module is None or qualname is None or '<lambda>' in qualname:
        raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {qualname} on {module} failed")
    return module, qualname


def _is_enum_member(obj):
    return any(c.__name__ == 'Enum' and c.__module__ == 'enum' for c in type(obj).__mro__)


def _instance_state(obj):
    getstate = getattr(obj, '__getstate__', None)
    state = getstate() if getstate is not None else getattr(obj, '__dict__', None)
    return {} if state is None else state


def _encode(obj, out):
    if isinstance(obj, _shared.Shared):
        name = type(obj)._inherit_only
        if name is not None and not getattr(obj, '_managed', False) and not getattr(_mode, 'inherit', True):
            raise RuntimeError(f'{name} objects should only be shared between processes through inheritance')
        out.append(f"_shared{obj._shared_ref()!r}")
    elif type(obj) is slice:
        out.append('_slice(*')
        _encode((obj.start, obj.stop, obj.step), out)
        out.append(')')
    elif isinstance(obj, float) and type(obj) is float:
        if obj != obj:
            out.append("_float('nan')")
        elif obj in (float('inf'), float('-inf')):
            out.append(f"_float('{obj}')")
        else:
            out.append(repr(obj))
    elif type(obj) in _SIMPLE:
        out.append(repr(obj))
    elif type(obj) in (list, tuple, set, frozenset):
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
    elif isinstance(obj, dict):
        # Counter, OrderedDict, defaultdict, script subclasses: the class and the items.
        module, qualname = _global_name(type(obj))
        out.append(f"_dict({module!r},{qualname!r},")
        _encode(dict(obj), out)
        out.append(',')
        # A defaultdict's factory (a plain dict subclass has none).
        _encode(getattr(obj, 'default_factory', None), out)
        out.append(')')
    elif isinstance(obj, BaseException):
        module, qualname = _global_name(type(obj))
        out.append(f"_exc({module!r},{qualname!r},")
        _encode(tuple(obj.args), out)
        out.append(')')
    elif type(obj).__name__ == 'method' and hasattr(obj, '__self__') and hasattr(obj, '__func__'):
        # A bound method crosses as its object and name (CPython: getattr(obj, name)).
        out.append('_method(')
        _encode(obj.__self__, out)
        out.append(f",{obj.__func__.__name__!r})")
    elif isinstance(obj, type) or (callable(obj) and type(obj).__name__ in _FUNCTION_TYPES):
        module, qualname = _global_name(obj)
        out.append(f"_global({module!r},{qualname!r})")
    elif _is_enum_member(obj):
        module, qualname = _global_name(type(obj))
        out.append(f"_global({module!r},{qualname + '.' + obj._name_!r})")
    elif isinstance(obj, tuple) and hasattr(type(obj), '_make'):
        # A namedtuple: rebuilt by its class from its fields.
        module, qualname = _global_name(type(obj))
        out.append(f"_tuple({module!r},{qualname!r},")
        _encode(tuple(obj), out)
        out.append(')')
    elif hasattr(obj, '__dict__') and type(obj).__module__ != 'builtins':
        # An instance of a script class: its class by name and its state (CPython's default
        # pickling of objects: `__getstate__()`, or the instance dict).
        module, qualname = _global_name(type(obj))
        out.append(f"_inst({module!r},{qualname!r},")
        _encode(_instance_state(obj), out)
        out.append(')')
    elif callable(obj) and hasattr(obj, '__qualname__'):
        module, qualname = _global_name(obj)
        out.append(f"_global({module!r},{qualname!r})")
    else:
        raise PicklingError(f"Can't pickle {type(obj).__name__} objects")


def dumps(obj, inherit=True):
    """`inherit`: whether the value goes to a process being started (which may receive
    queues and locks, as a forked child inherits them) or to a pool's task (which may not)."""
    out = []
    _mode.inherit = inherit
    try:
        _encode(obj, out)
    finally:
        _mode.inherit = True
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


def _inst(module, qualname, state):
    cls = _lookup(module, qualname)
    obj = cls.__new__(cls)
    setstate = getattr(obj, '__setstate__', None)
    if setstate is not None:
        setstate(state)
    else:
        obj.__dict__.update(state)
    return obj


def _dict(module, qualname, items, factory):
    cls = _lookup(module, qualname)
    if factory is not None:
        return cls(factory, items)
    return cls(items)


def _tuple(module, qualname, items):
    return _lookup(module, qualname)._make(items)


_NAMESPACE = {'__builtins__': {}, '_float': float, '_set': set, '_frozenset': frozenset,
              '_global': _lookup, '_exc': _exc, 'range': range, 'bytearray': bytearray,
              '_shared': _shared.resolve, '_slice': slice, '_inst': _inst, '_tuple': _tuple, '_dict': _dict,
              '_method': getattr}


def loads(data):
    return eval(data.decode(), dict(_NAMESPACE))
