"""unittest.mock: Mock, MagicMock, AsyncMock, PropertyMock, call, ANY, sentinel, patch
(function, object, dict; decorator, context manager, start/stop) and mock_open, with
CPython 3.11's call recording, reprs and assertion messages."""

import sys

from unittest._mock_call import (_Call, _CallList, call, ANY, DEFAULT, sentinel,
                                 _format_call_signature)

__all__ = ('Mock', 'MagicMock', 'AsyncMock', 'NonCallableMock', 'NonCallableMagicMock',
           'PropertyMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
           'mock_open', 'seal', 'FILTER_DIR')

FILTER_DIR = True


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _is_async_func(obj):
    import inspect
    return inspect.iscoroutinefunction(obj)


def _spec_names(spec):
    if isinstance(spec, (list, tuple)) and all(isinstance(n, str) for n in spec):
        return set(spec), None
    return set(dir(spec)), spec


def _spec_asyncs(spec):
    out = set()
    if spec is None or isinstance(spec, (list, tuple)):
        return out
    for name in dir(spec):
        try:
            attr = getattr(spec, name)
        except AttributeError:
            continue
        if _is_async_func(attr):
            out.add(name)
    return out


_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f"{type(self).__name__}/{self._extract_mock_name()}/{id(self)}",
}

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}

_numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow".split()
_magics = set(
    '__%s__' % n for n in (
        "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
        "enter exit divmod rdivmod neg pos abs invert complex int float index round trunc "
        "floor ceil bool next fspath aiter".split()
    )
)
_magics |= set('__%s__' % n for n in _numerics)
_magics |= set('__r%s__' % n for n in _numerics)
_magics |= set('__i%s__' % n for n in _numerics)
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_all_magics = _magics | _async_method_magics
_all_sync_magics = _magics


def _magic_default(mock, name):
    """What a MagicMock's magic method returns until configured (CPython's defaults)."""
    if name in _return_values:
        return _return_values[name]
    if name in _calculate_return_value:
        return _calculate_return_value[name](mock)
    return DEFAULT


class _MagicProxy:
    """Class-level stand-in for a magic method: looking it up on the instance gives (and
    creates) the child mock that the operator calls."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        return obj._mock_magic(self.name)


class NonCallableMock:
    """A mock that records attribute access; its attributes are child mocks."""

    def __new__(cls, *args, **kw):
        # Each mock gets its own class so magic methods can be set on it alone.
        new = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        d['_mock_wraps'] = wraps
        d['_mock_children'] = {}
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        d['_mock_unsafe'] = unsafe
        d['method_calls'] = _CallList()
        d['mock_calls'] = _CallList()
        if spec_set is not None:
            spec = spec_set
        d['_spec_set'] = spec_set is not None
        self._mock_add_spec(spec)
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec):
        d = self.__dict__
        if spec is None:
            d['_mock_methods'] = None
            d['_spec_class'] = None
            d['_spec_asyncs'] = set()
            return
        names, obj = _spec_names(spec)
        d['_mock_methods'] = names
        d['_spec_class'] = obj if isinstance(obj, type) else (type(obj) if obj is not None else None)
        d['_spec_asyncs'] = _spec_asyncs(obj)

    def mock_add_spec(self, spec, spec_set=False):
        self.__dict__['_spec_set'] = bool(spec_set)
        self._mock_add_spec(spec)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def attach_mock(self, mock, attribute):
        inner = mock.__dict__
        inner['_mock_parent'] = None
        inner['_mock_new_parent'] = None
        inner['_mock_name'] = ''
        inner['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda e: e[0].count('.')):
            *path, final = arg.split('.')
            obj = self
            for entry in path:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _get_child_mock(self, **kw):
        new_name = kw.get('_new_name')
        if self.__dict__['_mock_sealed']:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        autospec = self.__dict__.get('_mock_autospec')
        if autospec is not None and new_name not in _all_magics:
            if new_name == '()':
                return (AsyncMock if isinstance(self, AsyncMockMixin) else MagicMock)(**kw)
            from unittest._mock_patch import _autospec_child
            return _autospec_child(autospec, new_name, self.__dict__['_spec_set'], kw)
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        t = type(self)
        if issubclass(t, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(t, AsyncMockMixin):
            if new_name in _all_sync_magics or (self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(t, CallableMixin):
            if issubclass(t, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            klass = t.__mro__[1]
        return klass(**kw)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_spec_class', '_spec_asyncs', '_spec_set'):
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith(('__', )) and name.endswith('__'):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec for the mock if {name!r} is meant to be an attribute.")
        children = self._mock_children
        result = children.get(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                          _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        d = self.__dict__
        if name in ('return_value', 'side_effect'):
            return object.__setattr__(self, name, value)
        if d.get('_spec_set') and d.get('_mock_methods') is not None and name not in d['_mock_methods'] \
                and name not in d:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _all_magics:
            if isinstance(value, NonCallableMock):
                self._mock_children[name] = value
                _attach(value, self, name)
                setattr(type(self), name, _MagicProxy(name))
            else:
                setattr(type(self), name, value)
            return
        if isinstance(value, NonCallableMock) and _attach(value, self, name):
            self._mock_children[name] = value
            return
        if name in self._mock_children and not name.startswith('_mock_'):
            del self._mock_children[name]
        if d.get('_mock_sealed') and not hasattr(self, name):
            raise AttributeError(f"Cannot set {self._extract_mock_name()}.{name}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self._mock_children:
            del self._mock_children[name]
            self.__dict__.setdefault('_mock_deleted', set()).add(name)
            return
        object.__delattr__(self, name)

    def __dir__(self):
        extras = self._mock_methods or []
        return sorted(set(extras) | set(dir(type(self))) | set(self.__dict__) | set(self._mock_children))

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        dot = '.'
        if names[0] == '()':
            dot = ''
        seen = set()
        parent = self._mock_new_parent
        last = self
        while parent is not None and id(parent) not in seen:
            last = parent
            seen.add(id(parent))
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            parent = parent._mock_new_parent
        names = list(reversed(names))
        if names[0] == '()':
            names = names[1:]
        root = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            root += '.'
        names[0] = root
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec_set=%r' if self._spec_set else ' spec=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            if self._mock_wraps is not None and not isinstance(self._mock_wraps, NonCallableMock):
                return DEFAULT
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if isinstance(value, NonCallableMock):
            _attach(value, self, '()', method=False)

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        visited = set() if visited is None else visited
        if id(self) in visited:
            return
        visited.add(id(self))
        d = self.__dict__
        d['called'] = False
        d['call_args'] = None
        d['call_count'] = 0
        d['mock_calls'] = _CallList()
        d['call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in list(self._mock_children.values()):
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _error_message(self, args, kwargs, action='call'):
        return (f"expected {action} not found.\nExpected: {self._format_mock_call_signature(args, kwargs)}\n"
                f"  Actual: {self._format_mock_call_signature(*self.call_args)}")

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {_CallList(self.mock_calls)!r}."

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % (self._mock_name or 'mock'))

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.' % expected)
        if _Call((args, kwargs), two=True) != self.call_args:
            raise AssertionError(self._error_message(args, kwargs))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(f'Calls not found.\nExpected: {_CallList(expected)!r}'
                                     f'{self._calls_repr(prefix="  Actual").rstrip(".")}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), all_calls))

    def assert_any_call(self, *args, **kwargs):
        if _Call((args, kwargs), two=True) not in self.call_args_list:
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs))


def _attach(value, parent, name, method=True):
    """Adopt a parentless, unnamed mock assigned to an attribute (or as a return value)."""
    d = value.__dict__
    if d['_mock_parent'] is not None or d['_mock_new_parent'] is not None or d['_mock_name'] \
            or d['_mock_new_name']:
        return False
    # A mock set as its own child or return value (`h.__enter__.return_value = h`) keeps its
    # place: adopting it would make its parent chain a cycle.
    p = parent
    while p is not None:
        if p is value:
            return False
        p = p.__dict__['_mock_new_parent']
    if method:
        d['_mock_parent'] = parent
        d['_mock_name'] = name
    d['_mock_new_name'] = name
    d['_mock_new_parent'] = parent
    return True


class CallableMixin:
    def _mock_init_calls(self):
        d = self.__dict__
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = _CallList()

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        # create_autospec: calls must fit the spec's signature (CPython's TypeError text).
        sig = self.__dict__.get('_mock_signature')
        if sig is not None:
            sig.bind(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        this_call = _Call((args, kwargs), two=True)
        d['call_args'] = this_call
        self.call_args_list.append(this_call)
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + '.' + method_call_name
            parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: calls are recorded, `return_value` and `side_effect` configure them."""

    def __init__(self, *args, side_effect=None, return_value=DEFAULT, **kwargs):
        NonCallableMock.__init__(self, *args, **kwargs)
        self._mock_init_calls()
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect


NonCallableMock.reset_mock.__doc__ = "Restore the mock to its unused state."


class MagicMixin:
    def _mock_set_magics(self):
        t = type(self)
        names = _all_magics
        if self._mock_methods is not None:
            names = names & set(self._mock_methods)
            for name in _all_magics - names:
                if name in t.__dict__:
                    delattr(t, name)
        for name in names:
            if name not in t.__dict__:
                setattr(t, name, _MagicProxy(name))

    def _mock_magic(self, name):
        children = self._mock_children
        m = children.get(name)
        if m is None:
            m = self._get_child_mock(parent=self, name=name, _new_name=name, _new_parent=self)
            children[name] = m
            default = _magic_default(self, name)
            if default is not DEFAULT:
                m.return_value = default
            elif name in _side_effect_methods:
                m.side_effect = _side_effect_methods[name](self, m)
        return m


def _get_eq(mock, magic):
    def eq(other):
        ret = magic._mock_return_value
        return mock is other if ret is DEFAULT else ret
    return eq


def _get_ne(mock, magic):
    def ne(other):
        ret = magic._mock_return_value
        return mock is not other if ret is DEFAULT else ret
    return ne


def _get_iter(mock, magic):
    def it():
        ret = magic._mock_return_value
        return iter([] if ret is DEFAULT else ret)
    return it


def _get_async_iter(mock, magic):
    def ait():
        ret = magic._mock_return_value
        return _AsyncIterator(iter([] if ret is DEFAULT else ret))
    return ait


_side_effect_methods = {'__eq__': _get_eq, '__ne__': _get_ne, '__iter__': _get_iter, '__aiter__': _get_async_iter}


class _AsyncIterator:
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    def __init__(self, *args, **kw):
        NonCallableMock.__init__(self, *args, **kw)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured (`len()` 0, `iter()` empty, `with` works...)."""

    def __init__(self, *args, **kw):
        Mock.__init__(self, *args, **kw)
        self._mock_set_magics()


from unittest._mock_async import AsyncMockMixin, AsyncMock, PropertyMock  # noqa: E402
from unittest._mock_patch import patch, create_autospec, mock_open, seal  # noqa: E402
