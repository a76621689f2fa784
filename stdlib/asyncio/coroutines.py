"""Coroutine predicates."""

from _asyncio import iscoroutine

__all__ = ('iscoroutinefunction', 'iscoroutine')


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    if code is None:
        func = getattr(func, '__func__', None)
        code = getattr(func, '__code__', None)
    if code is None:
        return False
    return code.co_flags & 0x80 != 0 if hasattr(code, 'co_flags') else False
