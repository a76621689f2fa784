"""Process resource usage and limits (CPython's `resource` C module), over corio's native
`_resource`: getrusage as a `resource.struct_rusage`, getrlimit/setrlimit, getpagesize."""

import _resource
from _os_system import _struct_seq
from _resource import (RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE,
                       RLIMIT_RSS, RLIMIT_NPROC, RLIMIT_NOFILE, RLIMIT_OFILE, RLIMIT_MEMLOCK,
                       RLIMIT_AS, RLIMIT_MSGQUEUE, RLIMIT_NICE, RLIMIT_RTPRIO, RLIMIT_RTTIME,
                       RLIMIT_SIGPENDING, RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD,
                       RLIM_INFINITY, getpagesize)

error = OSError

struct_rusage = _struct_seq('resource.struct_rusage', (
    'ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt',
    'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv',
    'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw'))


def getrusage(who, /):
    return struct_rusage(_resource.getrusage(who))


def getrlimit(resource, /):
    return _resource.getrlimit(resource)


def _limits(limits):
    # CPython's message for anything that is not a pair of ints.
    limits = tuple(limits)
    if len(limits) != 2:
        raise ValueError('expected a tuple of 2 integers')
    return limits


def setrlimit(resource, limits, /):
    soft, hard = _limits(limits)
    _resource.getrlimit(resource)
    _resource.setrlimit(resource, soft, hard)


def prlimit(pid, resource, limits=None, /):
    # Only the calling process (pid 0 or its own) is supported.
    import os
    if pid not in (0, os.getpid()):
        raise PermissionError(1, 'Operation not permitted')
    old = _resource.getrlimit(resource)
    if limits is not None:
        setrlimit(resource, limits)
    return old
