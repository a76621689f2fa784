"""Class for profiling Python code (CPython's pure-Python `profile`): the same stand-in
profiler as corio's cProfile (only the calls the profiler makes itself are seen), under
this module's names."""

from cProfile import Profile as _Base, _show
import sys

__all__ = ["run", "runctx", "Profile"]


class Profile(_Base):
    def __init__(self, timer=None, bias=None):
        super().__init__(timer)
        self.bias = bias or 0


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
