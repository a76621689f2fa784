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
    from multiprocessing import process
    if process._start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in get_all_start_methods():
        raise ValueError(f'cannot find context for {method!r}')
    process._start_method = method


def get_start_method(allow_none=False):
    from multiprocessing import process
    if process._start_method is None and allow_none:
        return None
    return process.start_method()


class BufferTooShort(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


class BaseContext:
    """What `get_context(method)` returns: this module's constructors, with processes and pool
    workers named for that start method (`SpawnProcess-1`, `SpawnPoolWorker-2`)."""

    _name = None

    def get_start_method(self, allow_none=False):
        return self._name

    @property
    def Process(self):
        from multiprocessing import process
        return process._METHOD_PROCESS[self._name]

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return globals()[name]


class ForkContext(BaseContext):
    _name = 'fork'


class SpawnContext(BaseContext):
    _name = 'spawn'


class ForkServerContext(BaseContext):
    _name = 'forkserver'


_CONTEXTS = {'fork': ForkContext(), 'spawn': SpawnContext(), 'forkserver': ForkServerContext()}


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in _CONTEXTS:
        raise ValueError(f'cannot find context for {method!r}')
    return _CONTEXTS[method]


__all__ = ['Pool', 'Process', 'current_process', 'parent_process', 'active_children',
           'cpu_count', 'freeze_support', 'ProcessError', 'TimeoutError', 'BufferTooShort',
           'AuthenticationError', 'set_start_method', 'get_start_method',
           'get_all_start_methods', 'get_context', 'Queue', 'JoinableQueue', 'SimpleQueue',
           'Pipe', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event', 'Value', 'Array',
           'RawValue', 'RawArray', 'Manager']
