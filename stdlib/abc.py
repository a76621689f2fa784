"""abc: abstract base classes (ABCMeta, ABC, abstractmethod, virtual subclasses).

The interpreter refuses to instantiate a class whose ``__abstractmethods__`` is non-empty;
everything else (registration, ``__subclasshook__``, the subclass-check cache) lives here.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: ABCMeta classes that leave it undefined cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return getattr(value, '__isabstractmethod__', False)


def _compute_abstracts(cls, namespace):
    abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class _abc_data:
    # CPython keeps an ABC's registry and caches in one `_abc._abc_data` object, the class's
    # `_abc_impl`, so they stay out of `dir()` and `vars()` of the class.
    __slots__ = ('registry', 'cache', 'negative_cache')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()


_abc_data.__module__ = '_abc'


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace)
        cls._abc_impl = _abc_data()
        _all_abcs.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow use as a decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        # CPython's _abc_register: a Sequence/Mapping ABC passes its flag for `match` on.
        from _collections import _abc_set_collection_flags
        _abc_set_collection_flags(cls, subclass)
        _invalidate_negative_caches()
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_impl.cache:
            return True
        if subclass in cls._abc_impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_impl.cache.add(subclass)
            else:
                cls._abc_impl.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_impl.cache.add(subclass)
            return True
        for rcls in cls._abc_impl.registry:
            if issubclass(subclass, rcls):
                cls._abc_impl.cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                cls._abc_impl.cache.add(subclass)
                return True
        cls._abc_impl.negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


_all_abcs = []


def _invalidate_negative_caches():
    # Registration can turn an earlier "no" into "yes" for any ABC (CPython bumps a global
    # counter for the same reason).
    for ref in _all_abcs:
        ref._abc_impl.negative_cache.clear()


def get_cache_token():
    return len(_all_abcs)


def update_abstractmethods(cls):
    """Recompute ``__abstractmethods__`` after methods were added to a class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
