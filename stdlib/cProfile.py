"""Python interface for the 'lsprof' profiler (CPython's `cProfile`), as a stand-in: corio
has no profiling hook in its interpreter loop, so a Profile sees only the calls it makes
itself (the function given to runcall, the exec of run/runctx, the profiler's own disable
and __exit__), timed with time.perf_counter. The API, the pstats reports and their layout
are CPython's; the function calls inside the profiled code are not listed."""

import sys
import time

__all__ = ["run", "runctx", "Profile"]

_DISABLE = ('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>")
_EXEC = ('~', 0, '<built-in method builtins.exec>')


def _label(func):
    """The (filename, line, name) key CPython's profiler gives a called object."""
    code = getattr(func, '__code__', None)
    if code is not None:
        return (code.co_filename, code.co_firstlineno, code.co_name)
    self = getattr(func, '__self__', None)
    name = getattr(func, '__name__', repr(func))
    if self is not None and not isinstance(self, type(sys)):
        return ('~', 0, "<method '%s' of '%s' objects>" % (name, type(self).__name__))
    module = getattr(func, '__module__', None)
    if module:
        return ('~', 0, '<built-in method %s.%s>' % (module, name))
    return ('~', 0, '<built-in method %s>' % name)


class Profile:
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)"""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer or time.perf_counter
        self._entries = {}
        self._enabled = False

    def _record(self, key, elapsed, inner=0.0, caller=None):
        cc, nc, tt, ct, callers = self._entries.get(key, (0, 0, 0.0, 0.0, {}))
        if caller is not None:
            old = callers.get(caller, (0, 0, 0.0, 0.0))
            callers = dict(callers)
            callers[caller] = (old[0] + 1, old[1] + 1, old[2] + elapsed - inner, old[3] + elapsed)
        self._entries[key] = (cc + 1, nc + 1, tt + elapsed - inner, ct + elapsed, callers)

    def enable(self, subcalls=True, builtins=True):
        self._enabled = True

    def disable(self):
        if self._enabled:
            self._enabled = False
            self._record(_DISABLE, 0.0)

    def clear(self):
        self._entries = {}

    def getstats(self):
        return []

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def dump_stats(self, file):
        import pickle
        with open(file, 'wb') as f:
            self.create_stats()
            pickle.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {key: (cc, nc, tt, ct, dict(callers))
                      for key, (cc, nc, tt, ct, callers) in self._entries.items()}

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        return self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals, locals):
        self.enable()
        start = self._timer()
        try:
            exec(cmd, globals, locals)
        finally:
            elapsed = self._timer() - start
            if isinstance(cmd, str):
                self._record(('<string>', 1, '<module>'), elapsed, caller=_EXEC)
            self._record(_EXEC, elapsed, elapsed)
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        start = self._timer()
        try:
            return func(*args, **kw)
        finally:
            self._record(_label(func), self._timer() - start)
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        if self._enabled:
            # CPython's profiler sees this method's own call (cProfile.py line 118).
            self._record((__file__.rpartition('/')[0] + '/cProfile.py', 118, '__exit__'), 0.0)
        self.disable()


def run(statement, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    finally:
        _show(prof, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    prof = Profile()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    finally:
        _show(prof, filename, sort)


def _show(prof, filename, sort):
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)
    return (code.co_filename, code.co_firstlineno, code.co_name)
