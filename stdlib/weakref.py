"""weakref: weak references over the native _weakref handles.

Only instances of script classes and functions report their death (callbacks, `finalize`,
and the weak containers dropping entries); classes, methods, sets, modules and generators can
be referenced weakly and read back, but their callbacks never fire."""

import _weakref
from _weakref import get as _get, new as _new, on_death as _on_death
from _traceback import _hide_frames

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'WeakValueDictionary', 'WeakSet', 'WeakMethod',
           'finalize']


# The refs made to each referent, for getweakrefcount/getweakrefs and for reusing the plain
# ref (CPython keeps this list on the object itself): id(referent) -> a weak handle to its
# plain ref, and id(referent) -> weak handles to its other refs, oldest first. Referents and
# refs die without telling these tables, so entries are checked on reading and swept.
_plain_by_id = {}
_others_by_id = {}
_sweep_at = [64]


def _is_ref_to(h, ob):
    r = _get(h)
    return r is not None and _get(r._handle) is ob


def _plain_ref(ob):
    h = _plain_by_id.get(id(ob))
    if h is not None:
        r = _get(h)
        if r is not None and _get(r._handle) is ob:
            return r
    return None


def _live_refs(ob):
    """The live refs to `ob`, in CPython's order: the plain ref first, then the refs with
    callbacks (and subclass refs) newest first."""
    out = []
    plain = _plain_ref(ob)
    if plain is not None:
        out.append(plain)
    handles = _others_by_id.get(id(ob))
    if handles:
        handles[:] = [h for h in handles if _is_ref_to(h, ob)]
        out.extend(_get(h) for h in reversed(handles))
    return out


def _sweep():
    for table in (_plain_by_id, _others_by_id):
        for k in [k for k, v in table.items()
                  if all(_get(h) is None for h in (v if type(v) is list else (v,)))]:
            del table[k]
    _sweep_at[0] = max(64, 2 * (len(_plain_by_id) + len(_others_by_id)))


def _track(r, ob, plain):
    if len(_plain_by_id) + len(_others_by_id) >= _sweep_at[0]:
        _sweep()
    if plain:
        _plain_by_id[id(ob)] = _new(r)
        return
    handles = _others_by_id.get(id(ob))
    if handles is None:
        _others_by_id[id(ob)] = [_new(r)]
        return
    if len(handles) >= 8 and len(handles) & (len(handles) - 1) == 0:
        handles[:] = [h for h in handles if _get(h) is not None]
    handles.append(_new(r))


def _name_suffix(ob):
    # matches CPython's weakref_repr: the referent's __name__, when it has a str one.
    try:
        name = ob.__name__
    except Exception:
        return ''
    return ' (%s)' % name if type(name) is str else ''


class ref:
    __slots__ = ('_handle', '__callback__', '_hash', '__weakref__')

    def __new__(cls, ob, callback=None):
        # matches CPython: without a callback, ref(ob) is the one plain ref ob already has.
        if callback is None and cls is ref:
            r = _plain_ref(ob)
            if r is not None:
                return r
        return object.__new__(cls)

    def __init__(self, ob, callback=None):
        try:
            self._handle
            return  # the reused plain ref
        except AttributeError:
            pass
        self._handle = _new(ob, True)
        self.__callback__ = callback
        self._hash = None
        _track(self, ob, callback is None and type(self) is ref)
        if callback is not None:
            me = _new(self)

            def fire(me=me, callback=callback):
                r = _get(me)
                if r is not None:
                    callback(r)
            # A failing callback is reported under its own name, with no frame of `fire`.
            _hide_frames(fire)
            _on_death(ob, fire, callback)

    def __call__(self):
        return _get(self._handle)

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        ob = self()
        if ob is None:
            return '<weakref at %#x; dead>' % id(self)
        return "<weakref at %#x; to '%s' at %#x%s>" % (id(self), type(ob).__name__, id(ob),
                                                     _name_suffix(ob))

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


def _probe(ob):
    """A short-lived ref for looking a key up in a weak container: untracked (it is gone
    before anyone could count it), which keeps lookups cheap."""
    r = object.__new__(ref)
    r._handle = _new(ob)
    r.__callback__ = None
    r._hash = None
    return r


ref.__module__ = 'weakref'
ref.__name__ = ref.__qualname__ = 'ReferenceType'
ReferenceType = ref


class WeakMethod(ref):
    """A weak reference to a bound method: alive while its object is."""

    __slots__ = ('_func_ref',)

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None
        ref.__init__(self, obj, callback)
        self._func_ref = ref(func)

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))


def _unwrap(o):
    if type(o) is ProxyType or type(o) is CallableProxyType:
        return _proxy_target(o)
    return o


def _proxy_target(p):
    ob = object.__getattribute__(p, '_ref')()
    if ob is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return ob


class ProxyType:
    """CPython's weakproxy: every attribute and operation goes to the referent, which must
    still be alive (else ReferenceError); proxies among the operands are unwrapped."""

    __slots__ = ('_ref', '__weakref__')

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_ref', ref(ob, callback))

    def __getattribute__(self, name):
        return getattr(_proxy_target(self), name)

    def __setattr__(self, name, value):
        setattr(_proxy_target(self), name, value)

    def __delattr__(self, name):
        delattr(_proxy_target(self), name)

    def __repr__(self):
        ob = object.__getattribute__(self, '_ref')()
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_proxy_target(self))

    def __bytes__(self):
        return bytes(_proxy_target(self))

    def __bool__(self):
        return bool(_proxy_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(_proxy_target(self))

    def __iter__(self):
        return iter(_proxy_target(self))

    def __next__(self):
        ob = _proxy_target(self)
        if not hasattr(type(ob), '__next__'):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(ob).__name__)
        return next(ob)

    def __reversed__(self):
        return reversed(_proxy_target(self))

    def __contains__(self, item):
        return item in _proxy_target(self)

    def __getitem__(self, key):
        return _proxy_target(self)[key]

    def __setitem__(self, key, value):
        _proxy_target(self)[key] = value

    def __delitem__(self, key):
        del _proxy_target(self)[key]

    def __index__(self):
        import operator
        return operator.index(_proxy_target(self))

    def __int__(self):
        return int(_proxy_target(self))

    def __float__(self):
        return float(_proxy_target(self))

    def __neg__(self):
        return -_proxy_target(self)

    def __pos__(self):
        return +_proxy_target(self)

    def __abs__(self):
        return abs(_proxy_target(self))

    def __invert__(self):
        return ~_proxy_target(self)


def _proxy_ops():
    import operator
    binary = {
        'add': operator.add, 'sub': operator.sub, 'mul': operator.mul,
        'matmul': operator.matmul, 'truediv': operator.truediv,
        'floordiv': operator.floordiv, 'mod': operator.mod, 'divmod': divmod,
        'pow': pow, 'lshift': operator.lshift, 'rshift': operator.rshift,
        'and': operator.and_, 'or': operator.or_, 'xor': operator.xor,
    }
    inplace = {
        'add': operator.iadd, 'sub': operator.isub, 'mul': operator.imul,
        'matmul': operator.imatmul, 'truediv': operator.itruediv,
        'floordiv': operator.ifloordiv, 'mod': operator.imod, 'pow': operator.ipow,
        'lshift': operator.ilshift, 'rshift': operator.irshift,
        'and': operator.iand, 'or': operator.ior, 'xor': operator.ixor,
    }
    for name, op in binary.items():
        def fwd(self, other, op=op):
            return op(_proxy_target(self), _unwrap(other))

        def rev(self, other, op=op):
            return op(_unwrap(other), _proxy_target(self))
        fwd.__name__ = '__%s__' % name
        rev.__name__ = '__r%s__' % name
        setattr(ProxyType, fwd.__name__, fwd)
        setattr(ProxyType, rev.__name__, rev)
    for name, op in inplace.items():
        def ifwd(self, other, op=op):
            # As CPython's proxy: the referent is updated in place, the proxy stays.
            op(_proxy_target(self), _unwrap(other))
            return self
        ifwd.__name__ = '__i%s__' % name
        setattr(ProxyType, ifwd.__name__, ifwd)
    for name, op in [('lt', operator.lt), ('le', operator.le), ('eq', operator.eq),
                     ('ne', operator.ne), ('gt', operator.gt), ('ge', operator.ge)]:
        def cmp(self, other, op=op):
            return op(_proxy_target(self), _unwrap(other))
        cmp.__name__ = '__%s__' % name
        setattr(ProxyType, cmp.__name__, cmp)


_proxy_ops()
ProxyType.__module__ = 'weakref'


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxy_target(self)(*args, **kwargs)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.CallableProxyType'")


CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def getweakrefcount(ob):
    return len(_live_refs(ob))


def getweakrefs(ob):
    return _live_refs(ob)


class WeakValueDictionary:
    """A mapping whose values are held weakly; entries vanish when their value dies."""

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _alive(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]
        return self.data

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value, lambda r, key=key, d=self.data: d.get(key) is r and d.pop(key))

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return len(self._alive())

    def __iter__(self):
        return iter(list(self._alive()))

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        r = self.data.get(key)
        o = r() if r is not None else None
        return default if o is None else o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def pop(self, key, *args):
        r = self.data.pop(key, None)
        o = r() if r is not None else None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def keys(self):
        return list(self._alive())

    def values(self):
        return [r() for r in list(self._alive().values())]

    def items(self):
        return [(k, r()) for k, r in list(self._alive().items())]

    def valuerefs(self):
        return list(self._alive().values())

    def update(self, other=(), /, **kw):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self.data.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly; entries vanish when their key dies."""

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _ref(self, key):
        data = self.data
        return ref(key, lambda r, data=data: data.pop(r, None))

    def __getitem__(self, key):
        return self.data[_probe(key)]

    def __setitem__(self, key, value):
        self.data[self._ref(key)] = value

    def __delitem__(self, key):
        del self.data[_probe(key)]

    def __contains__(self, key):
        try:
            return _probe(key) in self.data
        except TypeError:
            return False

    def _alive(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            del self.data[r]
        return self.data

    def __len__(self):
        return len(self._alive())

    def __iter__(self):
        return iter([r() for r in list(self._alive())])

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(_probe(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(self._ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(_probe(key), *args)

    def keys(self):
        return list(self)

    def values(self):
        return list(self._alive().values())

    def items(self):
        return [(r(), v) for r, v in list(self._alive().items())]

    def keyrefs(self):
        return list(self._alive())

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            items = dict.items() if hasattr(dict, 'items') else dict
            for k, v in items:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        return WeakKeyDictionary(self.items())

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set whose members are held weakly."""

    # CPython defines it in `_weakrefset` (its repr and aliases name that module).
    __module__ = '_weakrefset'

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def _alive(self):
        dead = [r for r in self.data if r() is None]
        for r in dead:
            self.data.discard(r)
        return self.data

    def add(self, item):
        data = self.data
        self.data.add(ref(item, lambda r, data=data: data.discard(r)))

    def discard(self, item):
        self.data.discard(_probe(item))

    def remove(self, item):
        self.data.remove(_probe(item))

    def pop(self):
        while True:
            r = self.data.pop()
            o = r()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def __contains__(self, item):
        try:
            return _probe(item) in self.data
        except TypeError:
            return False

    def __iter__(self):
        return iter([r() for r in list(self._alive())])

    def __len__(self):
        return len(self._alive())

    def __repr__(self):
        return repr(set(self))

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class finalize:
    """Call `func(*args, **kwargs)` when `obj` dies (or at exit, or when called)."""

    _registry = {}

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    _index = [0]

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index[0] += 1
        info.index = finalize._index[0]
        self._registry[self] = info
        if len(self._registry) == 1:
            import atexit
            atexit.register(finalize._exitfunc)

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                      type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # matches CPython: the newest finalizer runs first.
        pending = sorted(((i.index, f) for f, i in cls._registry.items() if i.atexit))
        for _, f in reversed(pending):
            f()


# CPython's weakref.ref is C: no frame of its own shows in a traceback.
import _c_frames  # noqa: E402
_c_frames.hide_namespace({'ref': ref}, (__name__,))
del _c_frames
