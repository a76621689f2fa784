"""genericpath: the path helpers CPython shares between posixpath and ntpath (existence
and type tests, sizes and times, commonprefix, same-file checks)."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']

# The stat-based tests live in posixpath; this module re-exports them so code that
# imports genericpath directly sees the same functions.
from posixpath import (exists, isfile, isdir, getsize, getmtime, getatime,
                       getctime, commonprefix)


def samestat(s1, s2):
    """Whether two stat results name the same file (same inode on the same device)."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two open file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _check_arg_types(funcname, *args):
    # CPython's message when str and bytes path parts are mixed
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None
