"""Process-based parallelism: `Pool` and `Process` run work in child corio processes.
Arguments and results cross as the values a script typically sends (numbers, strings, bytes,
lists, tuples, dicts, sets, module-level functions)."""

import os as _os

from multiprocessing.pool import Pool
from multiprocessing.process import Process, current_process, parent_process, active_children


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


__all__ = ['Pool', 'Process', 'current_process', 'parent_process', 'active_children',
           'cpu_count', 'freeze_support', 'ProcessError', 'TimeoutError',
           'set_start_method', 'get_start_method']
