"""How asyncio describes callbacks and where they come from (`Handle` reprs, debug-mode
stacks), as CPython's `asyncio.format_helpers`. corio's native loop formats its own handles;
these are the same rules for scripts that call the helpers."""

import functools
import inspect
import reprlib
import sys
import traceback

from . import constants


def _get_function_source(func):
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        return (func.__code__.co_filename, func.__code__.co_firstlineno)
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_args_and_kwargs(args, kwargs):
    """Format function arguments and keyword arguments.

    Special case for a single parameter: ('hello',) is formatted as ('hello').
    """
    parts = [reprlib.repr(a) for a in args or ()]
    parts += [f'{k}={reprlib.repr(v)}' for k, v in (kwargs or {}).items()]
    return '(' + ', '.join(parts) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        # The partial's own arguments come after those of the call.
        return _format_callback(func.func, func.args, func.keywords,
                                _format_args_and_kwargs(args, kwargs) + suffix)
    name = getattr(func, '__qualname__', None) if hasattr(func, '__qualname__') else None
    if not name:
        name = getattr(func, '__name__', None) if hasattr(func, '__name__') else None
    if not name:
        name = repr(func)
    return name + _format_args_and_kwargs(args, kwargs) + suffix


def extract_stack(f=None, limit=None):
    """Replacement for traceback.extract_stack() that only does the
    necessary work for asyncio debug mode.
    """
    if f is None:
        f = sys._getframe().f_back
    if limit is None:
        limit = constants.DEBUG_STACK_DEPTH
    stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit,
                                           lookup_lines=False)
    stack.reverse()
    return stack
