"""multiprocessing.managers: `Manager()` and the proxies of the containers it makes (dict,
list, Namespace, Value). The referent lives in the process that called the manager; worker
processes reach it through `multiprocessing._shared` (CPython runs a server process instead;
the proxies behave the same)."""

from multiprocessing import _shared


class BaseProxy(_shared.Shared):
    """A manager's proxy: every method runs on the referent."""

    _typeid = 'object'

    def __init__(self, referent):
        self._ref = referent

    def _callmethod(self, name, args=(), kwds={}):
        return self._invoke('call', name, tuple(args), dict(kwds))

    def _do_call(self, name, args, kwds):
        return getattr(self._ref, name)(*args, **kwds)

    def _getvalue(self):
        return self._invoke('copy_referent')

    def _do_copy_referent(self):
        return self._ref

    def __str__(self):
        return self._callmethod('__repr__')

    def __repr__(self):
        return f"<{type(self).__name__} object, typeid {self._typeid!r} at {hex(id(self))}>"

    def __reduce__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")


def _forward(*names):
    def add(cls):
        for name in names:
            def method(self, *args, _name=name, **kwds):
                return self._callmethod(_name, args, kwds)
            method.__name__ = name
            setattr(cls, name, method)
        return cls
    return add


@_shared.register
@_forward('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear',
          'copy', 'get', 'pop', 'popitem', 'setdefault', 'update')
class DictProxy(BaseProxy):
    _typeid = 'dict'

    # CPython's DictProxy answers these with lists (the views do not cross processes).
    def keys(self):
        return self._invoke('listed', 'keys')

    def values(self):
        return self._invoke('listed', 'values')

    def items(self):
        return self._invoke('listed', 'items')

    def _do_listed(self, name):
        return list(getattr(self._ref, name)())

    def __iter__(self):
        return iter(self.keys())


@_shared.register
@_forward('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'append',
          'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort')
class ListProxy(BaseProxy):
    _typeid = 'list'

    def __iter__(self):
        return iter(self._getvalue())

    def __iadd__(self, other):
        self._callmethod('extend', (other,))
        return self

    def __imul__(self, n):
        self._callmethod('__imul__', (n,))
        return self


class _Namespace:
    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items() if not k.startswith('_'))
        return f'Namespace({items})'


@_shared.register
class NamespaceProxy(BaseProxy):
    _typeid = 'Namespace'

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return self._invoke('getattr', name)

    def _do_getattr(self, name):
        return getattr(self._ref, name)

    def __setattr__(self, name, value):
        if name.startswith('_'):
            object.__setattr__(self, name, value)
        else:
            self._invoke('setattr', name, value)

    def _do_setattr(self, name, value):
        setattr(self._ref, name, value)

    def __delattr__(self, name):
        self._invoke('delattr', name)

    def _do_delattr(self, name):
        delattr(self._ref, name)


class _ValueBox:
    def __init__(self, typecode, value):
        self.typecode = typecode
        self.value = value

    def get(self):
        return self.value

    def set(self, value):
        self.value = value

    def __repr__(self):
        return f'Value({self.typecode!r}, {self.value!r})'


@_shared.register
@_forward('get', 'set')
class ValueProxy(BaseProxy):
    _typeid = 'Value'

    @property
    def value(self):
        return self._callmethod('get')

    @value.setter
    def value(self, v):
        self._callmethod('set', (v,))


def _managed(obj):
    # A manager's objects are proxies in CPython, which pools may carry too.
    obj._managed = True
    return obj


class SyncManager:
    """What `multiprocessing.Manager()` returns (already started)."""

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._state = 'INITIAL'

    def start(self, initializer=None, initargs=()):
        if self._state == 'STARTED':
            from multiprocessing import ProcessError
            raise ProcessError('Already started server')
        self._state = 'STARTED'
        # CPython's manager runs a server process, which takes a process number.
        from multiprocessing import process
        process._next_identity()
        if initializer is not None:
            initializer(*initargs)

    def shutdown(self):
        self._state = 'SHUTDOWN'

    def join(self, timeout=None):
        pass

    def __enter__(self):
        if self._state == 'INITIAL':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def _check(self):
        if self._state != 'STARTED':
            raise RuntimeError('Manager is not running' if self._state == 'SHUTDOWN'
                               else 'Unable to start manager: it has not been started')

    def dict(self, *args, **kwds):
        self._check()
        return DictProxy(dict(*args, **kwds))

    def list(self, sequence=()):
        self._check()
        return ListProxy(list(sequence))

    def Namespace(self, **kwds):
        self._check()
        ns = _Namespace()
        ns.__dict__.update(kwds)
        return NamespaceProxy(ns)

    def Value(self, typecode, value, lock=True):
        self._check()
        return ValueProxy(_ValueBox(typecode, value))

    def Array(self, typecode, sequence, lock=True):
        self._check()
        return ListProxy(list(sequence))

    def Queue(self, maxsize=0):
        self._check()
        return _managed(_shared.Queue(maxsize))

    def JoinableQueue(self, maxsize=0):
        self._check()
        return _managed(_shared.JoinableQueue(maxsize))

    def Lock(self):
        self._check()
        return _managed(_shared.Lock())

    def RLock(self):
        self._check()
        return _managed(_shared.RLock())

    def Semaphore(self, value=1):
        self._check()
        return _managed(_shared.Semaphore(value))

    def BoundedSemaphore(self, value=1):
        self._check()
        return _managed(_shared.BoundedSemaphore(value))

    def Event(self):
        self._check()
        return _managed(_shared.Event())


BaseManager = SyncManager
