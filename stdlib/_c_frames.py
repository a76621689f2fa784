"""_c_frames: keeps the frames of a Python stand-in for a CPython C module out of tracebacks
(CPython's C functions add no frame: an uncaught error names only the caller's line)."""

from _traceback import _hide_frames

_function = type(lambda: None)


def _hide_value(value):
    if isinstance(value, (classmethod, staticmethod)):
        value = value.__func__
    if isinstance(value, property):
        for accessor in (value.fget, value.fset, value.fdel):
            if isinstance(accessor, _function):
                _hide_frames(accessor)
    elif isinstance(value, _function):
        _hide_frames(value)


def hide_namespace(namespace, modules):
    """Hides the functions in `namespace` (a module's globals) and the methods of its
    classes, those defined in one of `modules` (names)."""
    for obj in list(namespace.values()):
        if getattr(obj, '__module__', None) not in modules:
            continue  # imported from elsewhere
        if isinstance(obj, type):
            for value in vars(obj).values():
                _hide_value(value)
        else:
            _hide_value(obj)
