"""Shallow and deep copies (CPython's `copy`): `__copy__`/`__deepcopy__` hooks, the built-in
containers, and instances copied by class and `__dict__` (and `__slots__`)."""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, complex, bool, str, bytes, type, range, types.FunctionType,
           types.BuiltinFunctionType, types.MethodDescriptorType, types.WrapperDescriptorType,
           type(Ellipsis), type(NotImplemented), property)


def _new_like(x, memo=None):
    """An instance of x's class made as pickle protocol 2 makes one, without calling
    __init__: `cls.__new__(cls, *args)` with the arguments `__getnewargs_ex__` or
    `__getnewargs__` give (a namedtuple's fields, an int subclass's value), deep-copied for
    deepcopy."""
    cls = type(x)
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
    else:
        getnewargs = getattr(cls, "__getnewargs__", None)
        args, kwargs = (getnewargs(x) if getnewargs is not None else ()), {}
    if memo is not None and (args or kwargs):
        args = deepcopy(args, memo)
        kwargs = deepcopy(kwargs, memo)
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ("__dict__", "__weakref__") and name not in names:
                names.append(name)
    return names


def _copy_state(x, y, transform):
    d = getattr(x, "__dict__", None)
    if d is not None:
        # CPython's _reconstruct updates the new object's __dict__ (no setattr, so a data
        # descriptor of the same name does not intercept the entry).
        yd = y.__dict__
        for k, v in d.items():
            yd[k] = transform(v)
    for name in _slot_names(type(x)):
        if hasattr(x, name):
            setattr(y, name, transform(getattr(x, name)))


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if isinstance(x, _atomic) or cls in (tuple, frozenset):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _custom_reduce(x)
    if rv is not None:
        return x if isinstance(rv, str) else _reconstruct(x, None, *rv)
    if isinstance(x, (list, dict, set)):
        y = _new_like(x)
        if isinstance(x, list):
            y.extend(x)
        elif isinstance(x, dict):
            y.update(x)
        else:
            y.update(x)
        _copy_state(x, y, lambda v: v)
        return y
    y = _new_like(x)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None and type(x).__dict__.get("__getstate__"):
        setstate(x.__getstate__())
    else:
        _copy_state(x, y, lambda v: v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _atomic):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that changed during copying was copied through a cycle already.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        rv = None if copier is not None or isinstance(x, type) else _custom_reduce(x)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif rv is not None:
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
        else:
            y = _new_like(x, memo)
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(a, memo) for a in x)
            elif isinstance(x, dict):
                for k, v in x.items():
                    y[deepcopy(k, memo)] = deepcopy(v, memo)
            elif isinstance(x, set):
                y.update(deepcopy(a, memo) for a in x)
            setstate = getattr(y, "__setstate__", None)
            if setstate is not None and hasattr(x, "__getstate__") and type(x).__dict__.get("__getstate__"):
                setstate(deepcopy(x.__getstate__(), memo))
            else:
                _copy_state(x, y, lambda v: deepcopy(v, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive while memo is (ids must not be reused during one deepcopy)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _custom_reduce(x):
    """x.__reduce_ex__(4) or x.__reduce__() when x's class defines one (as CPython's copy
    uses them), else None."""
    for klass in type(x).__mro__:
        if klass is object:
            return None
        if '__reduce_ex__' in klass.__dict__:
            return x.__reduce_ex__(4)
        if '__reduce__' in klass.__dict__:
            return x.__reduce__()
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 state_setter=None):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
