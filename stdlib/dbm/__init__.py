"""dbm: the generic interface to the dbm family. corio ships only dbm.dumb (the pure
key/value store CPython falls back to without gdbm/ndbm), so new databases are dumb
ones, as with a CPython built without those libraries."""

import io
import os
import struct

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)


def _default_module():
    global _defaultmod
    if _defaultmod is None:
        for name in _names:
            try:
                mod = __import__(name, fromlist=['open'])
            except ImportError:
                continue
            _modules[name] = mod
            if _defaultmod is None:
                _defaultmod = mod
        if _defaultmod is None:
            raise ImportError("no dbm clone found; tried %s" % _names)
    return _defaultmod


def open(file, flag='r', mode=0o666):
    """Open (flag 'c' or 'n': create) the database named file with whichever dbm
    module wrote it, or the default module for a new one."""
    default = _default_module()
    kind = whichdb(file) if 'n' not in flag else None
    if kind is None:
        if 'c' in flag or 'n' in flag:
            module = default
        else:
            raise error[0]("db file doesn't exist; "
                           "use 'c' or 'n' flag to create a new db")
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0]("db type is {0}, but the module is not available".format(kind))
    else:
        module = _modules[kind]
    return module.open(file, flag, mode)


def _readable(path):
    try:
        with io.open(path, "rb"):
            return True
    except OSError:
        return False


def whichdb(filename):
    """The dbm module that wrote the database at filename ('dbm.dumb', 'dbm.ndbm',
    'dbm.gnu'), '' when the file is of an unknown kind, None when it is missing."""
    filename = os.fsencode(filename)
    filename = os.fsdecode(filename)
    if _readable(filename + ".pag") and _readable(filename + ".dir"):
        return "dbm.ndbm"
    # a dumb database: a .dat file beside a .dir index of repr'd key lines
    try:
        os.stat(filename + ".dat")
        size = os.stat(filename + ".dir").st_size
        if size == 0:
            return "dbm.dumb"
        with io.open(filename + ".dir", "rb") as f:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
    except OSError:
        pass
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) < 4:
        return ""
    try:
        (magic,) = struct.unpack("=l", head[:4])
    except struct.error:
        return ""
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    return ""
