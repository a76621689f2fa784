"""Printing and formatting exceptions, with the interpreter's own formatter (`_traceback`):
`format_exc()` gives exactly the text an uncaught exception prints."""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception', 'print_last', 'print_stack', 'format_stack', 'extract_tb']


def _lines(text):
    return text.splitlines(True)


def _exception(exc, value):
    # Accepts the 3.10+ form f(exc) and the old f(type, value, tb) form.
    if value is not None and value is not _sentinel:
        return value
    return exc


_sentinel = object()


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _lines(_traceback.format_exception(exc))


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if isinstance(exc, type):
        return [exc.__name__ + '\n']
    return _lines(_traceback.format_exception_only(exc))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_stack(f=None, limit=None):
    # corio does not expose frame objects yet; the stack is reported empty.
    return []


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_stack(f, limit):
        print(line, file=file, end="")


def extract_tb(tb, limit=None):
    # Tracebacks are opaque in corio; see format_exception for their text.
    return []
