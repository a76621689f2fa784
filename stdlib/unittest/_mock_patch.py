"""unittest.mock's patchers (`patch`, `patch.object`, `patch.dict`, `patch.multiple`),
`create_autospec`, `mock_open` and `seal`."""

import functools
import importlib

from unittest._mock_call import DEFAULT
from unittest.mock import MagicMock, NonCallableMagicMock, NonCallableMock, _is_async_func
from unittest._mock_async import AsyncMock


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = importlib.import_module(import_path)
    for comp in components:
        import_path += '.%s' % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            thing = importlib.import_module(import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


def _is_started(patcher):
    return hasattr(patcher, 'is_local')


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        if new_callable is not None and autospec is not None:
            raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                   self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [q.copy() for q in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if _is_async_func(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, "__call__"):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    def _enter_all(self, patchings, args, keywargs):
        entered = []
        extra = []
        try:
            for patching in patchings:
                arg = patching.__enter__()
                entered.append(patching)
                if patching.attribute_name is not None:
                    keywargs.update(arg)
                elif patching.new is DEFAULT:
                    extra.append(arg)
        except BaseException:
            for p in reversed(entered):
                p.__exit__(None, None, None)
            raise
        return entered, tuple(args) + tuple(extra)

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            entered, newargs = self._enter_all(patched.patchings, args, keywargs)
            try:
                result = func(*newargs, **keywargs)
            except BaseException as e:
                _exit_all(entered, e)
                raise
            _exit_all(entered, None)
            return result

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            entered, newargs = self._enter_all(patched.patchings, args, keywargs)
            try:
                result = await func(*newargs, **keywargs)
            except BaseException as e:
                _exit_all(entered, e)
                raise
            _exit_all(entered, None)
            return result

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in ('__builtins__',) and isinstance(target, type(importlib)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if spec is None and _is_async_func(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            _kwargs = {}
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec if spec_set is None else spec_set
                if _is_async_func(this_spec):
                    klass = AsyncMock
                elif not callable(this_spec):
                    klass = NonCallableMagicMock
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                _kwargs['name'] = self.attribute
            _kwargs.update(kwargs)
            new = klass(**_kwargs)
            if inherit and isinstance(new, NonCallableMock):
                this_spec = spec if spec_set is None else spec_set
                new.return_value = klass(spec=this_spec, _new_parent=new, _new_name='()')
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=bool(spec_set), _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if not _is_started(self):
            return
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__',
                                                       '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            if _is_started(patcher):
                patcher.__exit__(*exc_info)

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


def _exit_all(entered, exc):
    info = (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)
    for p in reversed(entered):
        p.__exit__(*info)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this.attribute_name = attribute
        patcher.additional_patchers.append(this)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Replace `target` ("package.module.name") with a mock (or `new`) for a function call,
    a `with` block or between start() and stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


class _patch_dict:
    """Set entries of a dict (or a dict named by a dotted string) and restore it afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                if attr.startswith(patch.TEST_PREFIX) and hasattr(getattr(f, attr), "__call__"):
                    setattr(f, attr, _patch_dict(self.in_dict, self.values, self.clear)(getattr(f, attr)))
            return f
        if _is_async_func(f):
            @functools.wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            in_dict.clear()
        in_dict.update(self.values)

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        in_dict.update(original)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_stopall():
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False, **kwargs):
    """A mock restricted to `spec`'s attributes whose calls must fit its signatures; a mocked
    function bound through a class receives `self` like the function it replaces."""
    import inspect
    is_type = isinstance(spec, type)
    if _is_async_func(spec):
        klass = _AutospecAsync if inspect.isfunction(spec) else AsyncMock
    elif not callable(spec) or (is_type and instance):
        klass = NonCallableMagicMock
    elif inspect.isfunction(spec):
        klass = _AutospecFunction
    else:
        klass = MagicMock
    _kwargs = {'spec_set': spec} if spec_set else {'spec': spec}
    if _name is not None:
        _kwargs['name'] = _name
    _kwargs.update(kwargs)
    mock = klass(**_kwargs)
    mock.__dict__['_mock_autospec'] = spec
    if callable(spec) and not (is_type and instance):
        try:
            mock.__dict__['_mock_signature'] = inspect.signature(spec)
        except (TypeError, ValueError):
            pass
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True)
    return mock


def _autospec_child(spec, name, spec_set, kw):
    """The child mock `name` of an autospecced `spec`: itself autospecced from the attribute,
    with `self` left out of a method's signature when it is reached through an instance."""
    import inspect
    original = getattr(spec, name, None)
    child = create_autospec(original, spec_set, name=kw.get('name'), parent=kw.get('parent'),
                            _new_name=kw.get('_new_name', ''), _new_parent=kw.get('_new_parent'))
    if inspect.isfunction(original) and not isinstance(inspect.getattr_static(spec, name, None), staticmethod):
        sig = child.__dict__.get('_mock_signature')
        if sig is not None:
            params = list(sig.parameters.values())[1:]
            child.__dict__['_mock_signature'] = sig.replace(parameters=params)
    return child


class _AutospecFunction(MagicMock):
    """An autospecced function: set on a class it binds like a method (CPython returns a real
    function wrapping the mock for this)."""

    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


class _AutospecAsync(AsyncMock):
    def __get__(self, obj, _type=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for `open()`, whose file handle reads `read_data`."""
    import io
    _state = [None, None]

    def _to_stream(data):
        return io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)

    def _read_side_effect(*args, **kwargs):
        return _state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        return _state[0].readline(*args, **kwargs)

    def _readlines_side_effect(*args, **kwargs):
        return _state[0].readlines(*args, **kwargs)

    def _iter_side_effect():
        return iter(_state[0].readlines())

    def _next_side_effect():
        return next(_state[0])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec())
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    _state[0] = _to_stream(read_data)
    handle.read.side_effect = _read_side_effect
    handle.readline.side_effect = _readline_side_effect
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        _state[0] = _to_stream(read_data)
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def _file_spec():
    import io
    return list(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)) | {'__enter__', '__exit__', '__iter__', '__next__'})


def seal(mock):
    """Stop `mock` and its children from creating new child mocks on attribute access."""
    mock.__dict__['_mock_sealed'] = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if m._mock_new_parent is mock:
            seal(m)
