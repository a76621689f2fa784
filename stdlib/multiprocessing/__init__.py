"""Process-based parallelism: `Pool` and `Process` run work in child corio processes.
Arguments and results cross as the values a script typically sends (numbers, strings, bytes,
containers, module-level functions and classes, instances of script classes); Queue, Pipe,
Lock, Event, Value, Array and Manager objects are shared with the children
(`multiprocessing._shared`)."""

import os as _os

from multiprocessing.pool import Pool
from multiprocessing.process import Process, current_process, parent_process, active_children
from multiprocessing._shared import (Queue, JoinableQueue, SimpleQueue, Pipe, Lock, RLock,
                                     Semaphore, BoundedSemaphore, Event, Value, Array)


def Manager():
    from multiprocessing.managers import SyncManager
    manager = SyncManager()
    manager.start()
    return manager


def RawValue(typecode_or_type, *args):
    return Value(typecode_or_type, *args, lock=False)


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=False)


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


def cpu_count():
    n = _os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def freeze_support():
    pass


def set_start_method(method, force=False):
    pass


def get_start_method(allow_none=False):
    return 'fork'


class BufferTooShort(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


class _Context:
    """What `get_context()` returns: this module's constructors under one start method."""

    def __init__(self, method):
        self._method = method

    def get_start_method(self, allow_none=False):
        return self._method

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return globals()[name]


def get_context(method=None):
    if method is not None and method not in get_all_start_methods():
        raise ValueError(f'cannot find context for {method!r}')
    return _Context(method or 'fork')


__all__ = ['Pool', 'Process', 'current_process', 'parent_process', 'active_children',
           'cpu_count', 'freeze_support', 'ProcessError', 'TimeoutError', 'BufferTooShort',
           'AuthenticationError', 'set_start_method', 'get_start_method',
           'get_all_start_methods', 'get_context', 'Queue', 'JoinableQueue', 'SimpleQueue',
           'Pipe', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event', 'Value', 'Array',
           'RawValue', 'RawArray', 'Manager']
