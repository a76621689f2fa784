"""atexit: functions to call when the interpreter exits normally (after non-daemon threads
have been joined; not after os._exit or a fatal signal). The interpreter calls
`_run_exitfuncs()` at shutdown when this module has been imported."""

import sys

_exithandlers = []


def register(func, *args, **kwargs):
    """Call func(*args, **kwargs) at exit (last registered, first called); returns func."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Forget every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Call the registered functions, newest first; an exception is reported on stderr and
    the remaining functions still run."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            # matches CPython 3.11: SystemExit too is reported and ignored.
            import traceback
            try:
                sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
                sys.stderr.write("".join(_without_own_frames(traceback.format_exception(exc))))
            except Exception:
                pass


def _without_own_frames(lines):
    # The traceback starts in _run_exitfuncs; CPython calls the function from C, so its
    # report starts at the callback. Drop this module's frame entries.
    out = []
    skipping = False
    for chunk in lines:
        for line in chunk.splitlines(True):
            if line.startswith('  File '):
                skipping = line.startswith('  File "<frozen atexit>"')
            elif not line.startswith('    '):
                skipping = False
            if not skipping:
                out.append(line)
    return out
