"""collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap."""

import sys as _sys
from operator import itemgetter as _itemgetter
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


from _collections import deque, _tuplegetter


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        # CPython's defdict_repr: the dict part is this very dict's repr, so a defaultdict
        # that contains itself shows {...}.
        factory = repr(self.default_factory)
        return '%s(%s, %s)' % (type(self).__name__, factory, dict.__repr__(self))

    def __reduce__(self):
        # matches CPython's defdict_reduce (pickle and copy use it).
        args = (self.default_factory,) if self.default_factory is not None else ()
        return (type(self), args, None, None, iter(self.items()))


_odict_repr_running = set()


class odict_iterator:
    """CPython's odict_iterator: what iterating an OrderedDict or its views gives, forwards or
    reversed; a change to the dict's keys while it runs is 'OrderedDict mutated during
    iteration'."""

    __slots__ = ('_it',)

    def __init__(self, it):
        self._it = it

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self._it)
        except RuntimeError:
            self._it = iter(())
            raise RuntimeError('OrderedDict mutated during iteration') from None

    def __reduce__(self):
        rest = list(self._it)
        self._it = iter(rest)
        return iter, (rest,)


class _ODictView:
    """CPython's odict_keys/odict_values/odict_items: the dict's own views under the
    OrderedDict names (their repr says `odict_keys([...])`)."""

    __slots__ = ('_view', '_od')

    def __init__(self, od, view):
        self._od = od
        self._view = view

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        return odict_iterator(iter(self._view))

    def __reversed__(self):
        return odict_iterator(reversed(self._view))

    def __contains__(self, item):
        return item in self._view

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self._view))

    @property
    def mapping(self):
        import types
        return types.MappingProxyType(self._od)


def _odict_set_ops(cls):
    # keys and items views compare and combine as sets, as dict_keys/dict_items do.
    def unwrap(o):
        return o._view if isinstance(o, _ODictView) else o
    for name in ('__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__and__',
                 '__or__', '__sub__', '__xor__', '__rand__', '__ror__', '__rsub__',
                 '__rxor__', 'isdisjoint'):
        def op(self, other, _name=name):
            return getattr(self._view, _name)(unwrap(other))
        op.__name__ = name
        setattr(cls, name, op)
    cls.__hash__ = None
    return cls


@_odict_set_ops
class odict_keys(_ODictView):
    __slots__ = ()


class odict_values(_ODictView):
    __slots__ = ()


@_odict_set_ops
class odict_items(_ODictView):
    __slots__ = ()


class OrderedDict(dict):
    def keys(self):
        return odict_keys(self, dict.keys(self))

    def values(self):
        return odict_values(self, dict.values(self))

    def items(self):
        return odict_items(self, dict.items(self))

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(dict.items(self))
            self.clear()
            self[key] = value
            for k, v in items:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(dict.__reversed__(self)) if last else next(dict.__iter__(self))
        return key, self.pop(key)

    def __iter__(self):
        return odict_iterator(dict.__iter__(self))

    def __reversed__(self):
        return odict_iterator(dict.__reversed__(self))

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        # An OrderedDict inside itself shows as ... (CPython's Py_ReprEnter guard).
        key = id(self)
        if key in _odict_repr_running:
            return '...'
        _odict_repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(dict.items(self)))
        finally:
            _odict_repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(dict.items(self)) == list(dict.items(other))
        return dict.__eq__(self, other)

    def __reduce__(self):
        # matches CPython's OrderedDict.__reduce__: the instance dict (if any) as state, the
        # items as dictitems.
        state = vars(self) or None
        return self.__class__, (), state, None, iter(self.items())


def _register_odict_views():
    from _collections_abc import KeysView, ValuesView, ItemsView
    KeysView.register(odict_keys)
    ValuesView.register(odict_values)
    ItemsView.register(odict_items)
    for cls in (odict_keys, odict_values, odict_items, odict_iterator):
        cls.__module__ = 'builtins'


_register_odict_views()


def _name_c_types():
    # CPython's defaultdict and OrderedDict are C types named 'collections.defaultdict' etc.
    import _time
    for cls in (defaultdict, OrderedDict):
        _time._set_type_name(cls, 'collections.' + cls.__name__)


_name_c_types()
_c_frames_for_odict = __import__('_c_frames')
_c_frames_for_odict.hide_namespace({'odict_iterator': odict_iterator}, ('builtins',))
del _c_frames_for_odict
from collections._counter import Counter
from collections._user import UserDict, UserList, UserString

# matches CPython, where these classes are defined in collections itself.
for _cls in (Counter, UserDict, UserList, UserString):
    _cls.__module__ = 'collections'
del _cls


from keyword import iskeyword as _iskeyword


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = tuple(map(str, field_names))
    typename = str(typename)
    if rename:
        # CPython renames invalid, keyword, underscore and duplicate names to _<index>.
        seen = set()
        renamed = []
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                name = '_%d' % index
            seen.add(name)
            renamed.append(name)
        field_names = tuple(renamed)
    for name in (typename,) + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(field_names):
        raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))
    n = len(field_names)

    # `__new__` takes exactly the fields as parameters (compiled from source, as CPython does),
    # so a call binds its arguments natively and argument errors read
    # "Point.__new__() missing 1 required positional argument: 'y'".
    params = ', '.join(field_names)
    items = params + (',' if n == 1 else '')
    __new__ = eval(f'lambda _cls, {params}: _tuple_new(_cls, ({items}))' if n else
                   'lambda _cls: _tuple_new(_cls, ())',
                   {'_tuple_new': tuple.__new__, '__name__': f'namedtuple_{typename}'})
    __new__.__name__ = '__new__'
    __new__.__qualname__ = f'{typename}.__new__'
    if defaults:
        __new__.__defaults__ = defaults

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(
            '%s=%r' % pair for pair in zip(field_names, self)))

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != n:
            raise TypeError(f'Expected {n} arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(field_names, self)]
        if kwargs:
            raise ValueError('Got unexpected field names: %r' % list(kwargs))
        return type(self)._make(values)

    def _asdict(self):
        return dict(zip(field_names, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
        '__slots__': (),
        '__new__': __new__,
        '__repr__': __repr__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    result = type(typename, (tuple,), namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    result.__module__ = module
    return result


class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order, writes go to the first
    (CPython's collections.ChainMap, a MutableMapping)."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'



# CPython's start-up has already imported collections.abc, so scripts use
# `collections.abc.Mapping` after a bare `import collections` (a small module: it only
# re-exports _collections_abc, loaded above anyway).
from collections import abc  # noqa: E402


# CPython's OrderedDict and defaultdict are C: no frame of theirs shows in a traceback.
import _c_frames  # noqa: E402
_c_frames.hide_namespace({'OrderedDict': OrderedDict, 'defaultdict': defaultdict}, (__name__,))
del _c_frames
