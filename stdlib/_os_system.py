"""os's system and user queries: uname, the uid/gid getters, getlogin, confstr, umask,
getloadavg and statvfs, with CPython's result types (posix.uname_result, os.statvfs_result)."""

import _os


def _struct_seq(type_name, fields):
    """A tuple subclass with named fields and CPython's structseq repr."""
    class result(tuple):
        __slots__ = ()
        n_fields = n_sequence_fields = len(fields)
        n_unnamed_fields = 0

        def __new__(cls, values):
            values = tuple(values)
            if len(values) != len(fields):
                raise TypeError('%s() takes a %d-sequence (%d-sequence given)'
                                % (type_name, len(fields), len(values)))
            return tuple.__new__(cls, values)

        def __repr__(self):
            return '%s(%s)' % (type_name, ', '.join('%s=%r' % (n, v)
                                                    for n, v in zip(fields, self)))

        def __reduce__(self):
            return (type(self), (tuple(self),))

    for i, name in enumerate(fields):
        setattr(result, name, property(lambda self, i=i: self[i]))
    module, _, short = type_name.rpartition('.')
    result.__name__ = result.__qualname__ = short
    result.__module__ = module
    result._fields = fields
    return result


uname_result = _struct_seq('posix.uname_result',
                           ('sysname', 'nodename', 'release', 'version', 'machine'))
statvfs_result = _struct_seq('os.statvfs_result',
                             ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail',
                              'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax'))


def uname():
    return uname_result(_os.uname())


def statvfs(path):
    return statvfs_result(_os.statvfs(path))


def confstr(name):
    if name in ('CS_GNU_LIBC_VERSION', 2):
        return _os.confstr_libc()
    if isinstance(name, str):
        raise ValueError('unrecognized configuration name')
    raise OSError(22, 'Invalid argument')


confstr_names = {'CS_GNU_LIBC_VERSION': 2}

from _os import getuid, geteuid, getgid, getegid, getlogin, umask, getloadavg  # noqa: E402

from _os import (strerror, isatty, pipe, dup, dup2, fsync, lseek, ftruncate,  # noqa: E402
                 truncate, readlink, times as _times, getpgrp, sync)

times_result = _struct_seq('posix.times_result',
                           ('user', 'system', 'children_user', 'children_system', 'elapsed'))


def times():
    return times_result(_os.times())


def _link(src, dst, kind):
    import os
    errno = _os.link_errno(src, dst, kind)
    if errno:
        raise OSError(errno, strerror(errno), os.fspath(src), None, os.fspath(dst))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    """Create a symbolic link pointing to src named dst."""
    _link(src, dst, 0)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    """Create a hard link pointing to src named dst."""
    _link(src, dst, 1)
