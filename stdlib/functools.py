"""functools: partial, wraps, reduce, lru_cache, cache, total_ordering, cached_property,
singledispatch."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)
_initial_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


from _traceback import _hide_frames


# CPython's partial, lru_cache wrapper and cmp_to_key's keys are C: their frames are never in
# a traceback, so these Python versions are hidden from tracebacks too (`_hide_frames`).
# reduce and cmp_to_key are native (`_functools`), built-in functions as in CPython.
from _functools import reduce, cmp_to_key


class partial:
    """New function with partial application of the given arguments and keywords."""

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    @_hide_frames
    def __init__(self, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, *args = args
        args = tuple(args)
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    @_hide_frames
    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return 'functools.partial(%s)' % ', '.join(args)


def _name_partial():
    # CPython's partial is a C type named 'functools.partial' in error messages.
    import _time
    _time._set_type_name(partial, 'functools.partial')


_name_partial()


from collections import namedtuple as _namedtuple

_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
del _namedtuple


def _make_key(args, kwds, typed):
    # CPython's fast path: one positional str or int (exact types) is its own key, so
    # f(1) and f(1.0) are cached apart even when typed is false.
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


_kwd_mark = object()


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


class _lru_cache_wrapper:
    """CPython's C `functools._lru_cache_wrapper`: a callable object (not a function) that
    binds as a method through `__get__`, copies and pickles as itself. Its state is in slots,
    so its `__dict__` holds only what `update_wrapper` puts there."""

    __slots__ = ('__wrapped_function', '__maxsize', '__typed', '__cache_info_type', '__cache',
                 '__stats', '__dict__', '__weakref__')

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        self.__wrapped_function = user_function
        self.__maxsize = maxsize
        self.__typed = typed
        self.__cache_info_type = cache_info_type
        self.__cache = {}
        self.__stats = [0, 0]

    @_hide_frames
    def __call__(self, /, *args, **kwds):
        cache = self.__cache
        stats = self.__stats
        key = _make_key(args, kwds, self.__typed)
        if key in cache:
            stats[0] += 1
            value = cache.pop(key)
            cache[key] = value
            return value
        stats[1] += 1
        result = self.__wrapped_function(*args, **kwds)
        maxsize = self.__maxsize
        if maxsize is None or maxsize > 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        from types import MethodType
        return MethodType(self, instance)

    def cache_info(self):
        """Report cache statistics"""
        return self.__cache_info_type(self.__stats[0], self.__stats[1], self.__maxsize,
                                      len(self.__cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self.__cache.clear()
        self.__stats[0] = self.__stats[1] = 0

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _lru_wrapper(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def total_ordering(cls):
    # An ordering method counts wherever the class finds it other than on object itself:
    # one inherited from a base is a root too, as CPython's.
    defining = [vars(k) for k in cls.__mro__ if k is not object]
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if any(op in namespace for namespace in defining)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]

    def lt(self, other):
        return self.__lt__(other)

    defs = {
        '__lt__': {'__gt__': lambda s, o: _flip(s.__lt__(o), s == o, True),
                   '__le__': lambda s, o: _or_eq(s.__lt__(o), s, o),
                   '__ge__': lambda s, o: _not(s.__lt__(o))},
        '__le__': {'__ge__': lambda s, o: _flip(s.__le__(o), s == o, False),
                   '__lt__': lambda s, o: _and_ne(s.__le__(o), s, o),
                   '__gt__': lambda s, o: _not(s.__le__(o))},
        '__gt__': {'__lt__': lambda s, o: _flip(s.__gt__(o), s == o, True),
                   '__ge__': lambda s, o: _or_eq(s.__gt__(o), s, o),
                   '__le__': lambda s, o: _not(s.__gt__(o))},
        '__ge__': {'__le__': lambda s, o: _flip(s.__ge__(o), s == o, False),
                   '__gt__': lambda s, o: _and_ne(s.__ge__(o), s, o),
                   '__lt__': lambda s, o: _not(s.__ge__(o))},
    }
    for opname, opfunc in defs[root].items():
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


def _not(r):
    return r if r is NotImplemented else not r


def _or_eq(r, s, o):
    return r if r is NotImplemented else (r or s == o)


def _and_ne(r, s, o):
    return r if r is NotImplemented else (r and s != o)


def _flip(r, equal, strict):
    if r is NotImplemented:
        return r
    return (not r and not equal) if strict else (not r or equal)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {name!r} property."
            )
            raise TypeError(msg) from None
        if name in cache:
            return cache[name]
        value = self.func(instance)
        try:
            cache[name] = value
        except TypeError:
            msg = (
                f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                f"does not support item assignment for caching {name!r} property."
            )
            raise TypeError(msg) from None
        return value


@_hide_frames
def _other_obj(key, other):
    if type(other) is not type(key):
        raise TypeError("other argument must be K instance")
    return other.obj


class KeyWrapper:
    """CPython's cmp_to_key returns one C object, functools.KeyWrapper: calling it wraps a
    value in another KeyWrapper (with .obj) whose comparisons call the cmp function."""
    __slots__ = ('_cmp', 'obj')
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'functools.KeyWrapper' instances")

    @_hide_frames
    def __call__(self, *args, **kwargs):
        # PyArg_ParseTupleAndKeywords("O:K") messages: too many first, then a missing 'obj'.
        given = len(args) + len(kwargs)
        if given > 1:
            raise TypeError("K() takes at most 1 %sargument (%d given)"
                            % ('' if args else 'keyword ', given))
        if not args:
            if 'obj' not in kwargs:
                raise TypeError("K() missing required argument 'obj' (pos 1)")
            args = (kwargs['obj'],)
        key = object.__new__(KeyWrapper)
        key._cmp = self._cmp
        key.obj = args[0]
        return key

    # As CPython's C key objects: comparing with anything but another key is a TypeError,
    # not NotImplemented.
    @_hide_frames
    def __lt__(self, other):
        return self._cmp(self.obj, _other_obj(self, other)) < 0

    @_hide_frames
    def __gt__(self, other):
        return self._cmp(self.obj, _other_obj(self, other)) > 0

    @_hide_frames
    def __eq__(self, other):
        return self._cmp(self.obj, _other_obj(self, other)) == 0

    @_hide_frames
    def __ne__(self, other):
        return self._cmp(self.obj, _other_obj(self, other)) != 0

    @_hide_frames
    def __le__(self, other):
        return self._cmp(self.obj, _other_obj(self, other)) <= 0

    @_hide_frames
    def __ge__(self, other):
        return self._cmp(self.obj, _other_obj(self, other)) >= 0


def _name_key_wrapper():
    import _time
    _time._set_type_name(KeyWrapper, 'functools.KeyWrapper')


_name_key_wrapper()
del _name_key_wrapper


@_hide_frames
def _make_key_wrapper(mycmp):
    key = object.__new__(KeyWrapper)
    key._cmp = mycmp
    return key


def _register_key_maker():
    import _functools
    _functools._set_key_maker(_make_key_wrapper)


_register_key_maker()
del _register_key_maker


from _functools_dispatch import singledispatch, singledispatchmethod


class partialmethod:
    """A partial for methods: the bound object goes first, then the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{module}.{cls}({func}, {args}, {keywords})".format(
            module=self.__class__.__module__, cls=self.__class__.__qualname__,
            func=self.func, args=args, keywords=keywords)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


def recursive_repr(fillvalue='...'):
    """reprlib's decorator, also exported here as CPython's functools does."""
    from reprlib import recursive_repr as _recursive_repr
    return _recursive_repr(fillvalue)
