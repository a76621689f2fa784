"""unittest.mock's AsyncMock (calling it returns a coroutine; awaits are recorded) and
PropertyMock."""

from unittest._mock_call import _Call, _CallList, DEFAULT, _format_call_signature
from unittest.mock import MagicMixin, Mock, CallableMixin, _is_exception, _is_async_func


class _CodeMock:
    """What `AsyncMock().__code__` answers: CPython gives AsyncMocks a code object flagged
    CO_COROUTINE so `inspect.iscoroutinefunction()` holds."""
    co_flags = 0x80
    co_argcount = 0
    co_varnames = ('args', 'kwargs')
    co_posonlyargcount = 0
    co_kwonlyargcount = 0


class AsyncMockMixin:
    def _mock_init_awaits(self):
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()
        d['__code__'] = _CodeMock()
        d['__name__'] = 'AsyncMock'
        d['__defaults__'] = tuple()
        d['__kwdefaults__'] = {}
        d['__annotations__'] = None

    async def _execute_mock_call(self, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)
        d = self.__dict__
        d['await_count'] += 1
        d['await_args'] = _call
        self.await_args_list.append(_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # A StopIteration cannot leave a coroutine (it would become a RuntimeError).
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _is_async_func(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _is_async_func(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        if _Call((args, kwargs), two=True) != self.await_args:
            raise AssertionError(
                f"expected await not found.\nExpected: {self._format_mock_call_signature(args, kwargs)}\n"
                f"  Actual: {self._format_mock_call_signature(*self.await_args)}")

    def assert_awaited_once_with(self, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once."
                                 f" Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        if _Call((args, kwargs), two=True) not in self.await_args_list:
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        expected = list(calls)
        all_awaits = list(self.await_args_list)
        if not any_order:
            if expected not in self.await_args_list:
                raise AssertionError(f'Awaits not found.\nExpected: {_CallList(expected)!r}\n'
                                     f'Actual: {self.await_args_list!r}')
            return
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r not all found in await list' % (tuple(not_found),))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to not have been awaited."
                                 f" Awaited {self.await_count} times.")

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d['await_count'] = 0
        d['await_args'] = None
        d['await_args_list'] = _CallList()


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return coroutines: `await m(1)` gives `m.return_value`."""

    def __init__(self, *args, **kw):
        Mock.__init__(self, *args, **kw)
        self._mock_set_magics()
        self._mock_init_awaits()


class PropertyMock(Mock):
    """A Mock used as a property on a class: getting calls it, setting calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return Mock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)
