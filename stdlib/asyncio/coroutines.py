"""Coroutine predicates."""

from _asyncio import iscoroutine

__all__ = ('iscoroutinefunction', 'iscoroutine')


# CPython's marker for functions that count as coroutine functions without being `async def`.
_is_coroutine = object()


def iscoroutinefunction(func):
    """matches CPython: inspect's answer (methods and partials unwrapped), or the
    `_is_coroutine` marker."""
    import inspect
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
iscoroutinefunction.__doc__ = """Return True if func is a decorated coroutine function."""
