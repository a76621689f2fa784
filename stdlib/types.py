"""types: names for built-in types, and SimpleNamespace."""

import sys


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


async def _ag():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
AsyncGeneratorType = type(_ag())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _coro


_ns_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        # matches CPython's Py_ReprEnter: a namespace inside itself shows as "namespace(...)".
        key = id(self)
        if key in _ns_repr_running:
            return '%s(...)' % name
        _ns_repr_running.add(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()
                     if isinstance(k, str) and k]
        finally:
            _ns_repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


# The native read-only view a class's `__dict__` returns (CPython's `mappingproxy`).
MappingProxyType = type(type.__dict__)


def _internal_types():
    try:
        raise TypeError
    except TypeError as e:
        tb = e.__traceback__
    x = 0

    def cell():
        return x

    class Slotted:
        __slots__ = ('a',)
    return (type(tb), type(sys._getframe()), type(cell.__closure__[0]),
            type(Slotted.__dict__['a']), type(_C.__dict__['__dict__']))


TracebackType, FrameType, CellType, MemberDescriptorType, GetSetDescriptorType = _internal_types()
del _internal_types


class DynamicClassAttribute:
    """A property on instances; on the class, an AttributeError, so the metaclass's
    ``__getattr__`` answers instead (how enum members named like properties work)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, None if self.overwrite_doc else self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def _type_repr(obj):
    """How a type prints inside a generic alias or union: ``int``, ``mod.Cls``, ``...``."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


def _alias_parameters(args):
    """The type variables in `args`, in order of first appearance: the arguments that are
    type variables themselves and those of nested aliases (never a plain class's own)."""
    found = []
    for arg in args:
        if isinstance(arg, type) and not isinstance(arg, GenericAlias):
            continue
        if hasattr(arg, '__typing_subst__'):
            inner = (arg,)
        else:
            inner = getattr(arg, '__parameters__', ())
            if not isinstance(inner, tuple):
                continue
        for p in inner:
            if p not in found:
                found.append(p)
    return tuple(found)


def _is_variadic(param):
    # A TypeVarTuple (PEP 646) stands for any number of arguments.
    return type(param).__name__ == 'TypeVarTuple'


def _bind_parameters(owner, params, values):
    """The value of each of `params` in `owner[values]`; a TypeVarTuple takes the tuple of
    values left between the parameters before and after it. Counts are checked with
    CPython's messages."""
    variadic = [i for i, p in enumerate(params) if _is_variadic(p)]
    if not variadic:
        if len(values) != len(params):
            many = 'many' if len(values) > len(params) else 'few'
            raise TypeError(f"Too {many} arguments for {owner!r}; actual {len(values)}, expected {len(params)}")
        return dict(zip(params, values))
    at = variadic[0]
    after = len(params) - at - 1
    if len(values) < len(params) - 1:
        raise TypeError(f"Too few arguments for {owner!r}; actual {len(values)}, "
                        f"expected at least {len(params) - 1}")
    bound = dict(zip(params[:at], values[:at]))
    bound[params[at]] = tuple(values[at:len(values) - after])
    for offset, p in enumerate(params[at + 1:]):
        bound[p] = values[len(values) - after + offset]
    return bound


def _unpacked_variable(arg):
    # `*Ts` / `Unpack[Ts]` among an alias's arguments: the TypeVarTuple, else None.
    if getattr(arg, '__typing_is_unpacked_typevartuple__', False):
        return arg.__args__[0]
    return None


def _substituted(alias, item):
    """`alias[item]`'s new arguments: each type variable replaced by its value, nested
    aliases subscripted with the values of their own variables, an unpacked TypeVarTuple
    spliced in place."""
    params = alias.__parameters__
    if not params:
        raise TypeError(f"{alias!r} is not a generic class")
    values = item if isinstance(item, tuple) else (item,)
    value_of = _bind_parameters(alias, params, values)
    new_args = []
    for arg in alias.__args__:
        variable = _unpacked_variable(arg)
        if variable is not None:
            new_args.extend(value_of[variable])
        elif isinstance(arg, type) and not isinstance(arg, GenericAlias):
            new_args.append(arg)
        elif hasattr(arg, '__typing_subst__'):
            new_args.append(arg.__typing_subst__(value_of[arg]))
        else:
            inner = getattr(arg, '__parameters__', ())
            if isinstance(inner, tuple) and inner:
                picked = []
                for p in inner:
                    if _is_variadic(p):
                        picked.extend(value_of[p])
                    else:
                        picked.append(value_of[p])
                picked = tuple(picked)
                new_args.append(arg[picked if len(picked) != 1 else picked[0]])
            else:
                new_args.append(arg)
    return tuple(new_args)


class GenericAlias:
    """``list[int]``: a built-in class with type arguments (PEP 585)."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _alias_parameters(args)

    def __getitem__(self, item):
        return GenericAlias(self.__origin__, _substituted(self, item))

    def __repr__(self):
        if not self.__args__:
            return '%s[()]' % _type_repr(self.__origin__)
        return '%s[%s]' % (_type_repr(self.__origin__),
                           ', '.join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


class UnionType:
    """``int | str``: the union of types made with ``|`` (PEP 604)."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = _alias_parameters(args)

    def __getitem__(self, item):
        # The substituted arguments joined with `|` again (a union of one is that type).
        new_args = _substituted(self, item)
        result = new_args[0]
        for arg in new_args[1:]:
            result = result | arg
        return result

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union_or(a, b):
    """``a | b`` for types; NotImplemented when either side is not a type-like object."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        parts = x.__args__ if isinstance(x, UnionType) else (x,)
        for p in parts:
            p = NoneType if p is None else p
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class _GeneratorWrapper:
    """What a `@types.coroutine` generator function returns: the generator, awaitable
    (CPython flags the code object instead; the observable behaviour is the same)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    @property
    def gi_suspended(self):
        return self.__wrapped.gi_suspended

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom
    cr_suspended = gi_suspended

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Make a generator function's generators awaitable (generator-based coroutines)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        flags = func.__code__.co_flags
        # Already a coroutine function (CO_COROUTINE or CO_ITERABLE_COROUTINE): as it is.
        if flags & 0x180:
            return func
        # A generator function: its code is flagged CO_ITERABLE_COROUTINE, and the function
        # itself returned (its generators are plain generators that `await` accepts).
        if flags & 0x20:
            import _types
            return _types._mark_iterable_coroutine(func)

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType or (type(coro) is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        # As CPython: anything implementing the Generator ABC but not the Coroutine ABC (a
        # generator, or a script class with send/throw/close) is wrapped to be awaitable.
        import _collections_abc
        if isinstance(coro, _collections_abc.Generator) and not isinstance(coro, _collections_abc.Coroutine):
            return _GeneratorWrapper(coro)
        return coro

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__dict__.update(getattr(func, '__dict__', {}))
    wrapped.__wrapped__ = func
    return wrapped


def resolve_bases(bases):
    """Replace bases that define ``__mro_entries__`` by what it returns."""
    new_bases = []
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            new_bases.append(base)
        else:
            new_bases.extend(base.__mro_entries__(bases))
    return tuple(new_bases)


def _winner_meta(meta, bases):
    # The most derived of `meta` and the bases' metaclasses, as the class statement picks it.
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement's header."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _winner_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way the ``class`` statement does."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not tuple(bases) and resolved != tuple(bases):
        ns['__orig_bases__'] = tuple(bases)
    return meta(name, resolved, ns, **kwds)


# CPython's SimpleNamespace, GenericAlias and UnionType are C: no frame of theirs shows in a
# traceback.
import _c_frames  # noqa: E402
_c_frames.hide_namespace({'SimpleNamespace': SimpleNamespace, 'GenericAlias': GenericAlias, 'UnionType': UnionType}, (__name__,))
del _c_frames
