"""os: operating system interfaces (POSIX), over the native _os module."""

import sys
import _os
import posixpath as path
from _os import (getcwd, chdir, listdir, remove, rmdir, rename, getpid, cpu_count,
                 urandom, getppid, kill, _exit, waitpid, wait, WNOHANG, WUNTRACED, WCONTINUED)

# The system and user queries live in _os_system, loaded on first use: building its result
# types at every `import os` (which `import asyncio` does) cost a tenth of start-up.
_SYSTEM_NAMES = frozenset((
    'uname', 'uname_result', 'statvfs', 'statvfs_result', 'confstr', 'confstr_names', 'getuid',
    'geteuid', 'getgid', 'getegid', 'getlogin', 'umask', 'getloadavg', 'strerror', 'isatty',
    'pipe', 'dup', 'dup2', 'fsync', 'lseek', 'ftruncate', 'truncate', 'readlink', 'times',
    'times_result', 'getpgrp', 'sync', 'symlink', 'link'))


# No frame of this loader shows in a traceback: CPython finds module attributes in C, and
# its AttributeError (with name and obj, for 'Did you mean') names only the caller's line.
@__import__('_traceback')._hide_frames
def __getattr__(name):
    if name == 'PathLike':
        globals()['PathLike'] = cls = _make_pathlike()
        return cls
    if name in _SYSTEM_NAMES:
        import _os_system
        for system_name in _SYSTEM_NAMES:
            globals()[system_name] = getattr(_os_system, system_name)
        return globals()[name]
    if not name.startswith('_'):
        # the process and descriptor controls, loaded on first use like the above
        import _os_process
        if name in _os_process._EXPORTS:
            for process_name in _os_process._EXPORTS:
                globals().setdefault(process_name, getattr(_os_process, process_name))
            return globals()[name]
    raise AttributeError(f"module 'os' has no attribute '{name}'", name=name, obj=sys.modules[__name__])


def __dir__():
    import _os_process
    return sorted(set(globals()) | _SYSTEM_NAMES | {'PathLike'} | _os_process._EXPORTS)

error = OSError
defpath = '/bin:/usr/bin'

sys.modules['os.path'] = path
name = 'posix'
sep = path.sep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
linesep = '\n'
devnull = path.devnull
unlink = remove
fspath = path._fspath



def _env_str(value):
    # CPython's environ encodes every key it is given (and each value set): anything but a
    # str is refused, even for a lookup.
    if not isinstance(value, str):
        raise TypeError('str expected, not %s' % type(value).__name__)
    return value


class _Environ:
    """os.environ: a mapping whose changes reach the process environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _env_str(key)
        _env_str(value)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _os.unsetenv(_env_str(key))
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return _env_str(key) in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def get(self, key, default=None):
        return self._data.get(_env_str(key), default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if _env_str(key) in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwargs):
        for key, value in dict(other, **kwargs).items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    # MutableMapping's clear/popitem (CPython's _Environ is a MutableMapping).
    def clear(self):
        for key in list(self._data):
            del self[key]

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError

    def __repr__(self):
        return 'environ(%r)' % (self._data,)


environ = _Environ(_os.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(path, mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    # matches CPython: a path-like top is walked as its str (or bytes) path.
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def system(command):
    """Run `command` in a subshell; return its wait status."""
    import _subprocess
    return _subprocess.system(command)


# Wait-status decoding (the status `os.system` returns).
def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0 and (status & 0x7f) != 0x7f


def WTERMSIG(status):
    return status & 0x7f


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError(f'invalid wait status: {status!r}')


# ---------------------------------------------------------------- stat, permissions, scandir

F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
# Linux's open(2) flags.
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND, O_NONBLOCK = 64, 128, 256, 512, 1024, 2048
O_CLOEXEC = 524288
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _os.open(path, flags, mode)


def close(fd):
    _os.close(fd)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    # As CPython's os.fdopen: open() over an existing descriptor, which the file then owns.
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    return _os.fdopen(fd, mode, encoding)


def read(fd, n):
    return _os.read(fd, n)


def write(fd, data):
    return _os.write(fd, bytes(data) if isinstance(data, (bytearray, memoryview)) else data)


def pread(fd, n, offset, /):
    """Read up to n bytes from fd at offset, leaving the file position unchanged."""
    return _os.pread(fd, n, offset)


def pwrite(fd, data, offset, /):
    """Write data to fd at offset, leaving the file position unchanged."""
    return _os.pwrite(fd, bytes(data) if isinstance(data, (bytearray, memoryview)) else data,
                      offset)

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')


class stat_result(tuple):
    """Result of stat(): a 10-tuple with whole-second times plus named float and ns fields."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, fields):
        fields = tuple(fields)
        self = tuple.__new__(cls, fields[:7] + tuple(int(t) for t in fields[7:10]))
        self._fields = fields
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._fields[7])
    st_mtime = property(lambda self: self._fields[8])
    st_ctime = property(lambda self: self._fields[9])
    st_atime_ns = property(lambda self: self._fields[10])
    st_mtime_ns = property(lambda self: self._fields[11])
    st_ctime_ns = property(lambda self: self._fields[12])

    def __repr__(self):
        names = _STAT_FIELDS + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(names, self))

    def __reduce__(self):
        return (stat_result, (self._fields,))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_os.stat(path, False))


def fstat(fd):
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return stat_result(_os.stat(int(fd), True))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _os.chmod(path, mode)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _os.access(path, mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if ns is not None:
        times = (ns[0] / 1e9, ns[1] / 1e9)
    if times is None:
        _os.utime(path, None, None, follow_symlinks)
    else:
        _os.utime(path, times[0], times[1], follow_symlinks)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    rename(src, dst)


class DirEntry:
    """An entry yielded by scandir(): name, path and cached type tests."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        return _os.file_kind(self.path, follow_symlinks) == 'dir'

    def is_file(self, *, follow_symlinks=True):
        return _os.file_kind(self.path, follow_symlinks) == 'file'

    def is_symlink(self):
        return _os.file_kind(self.path, False) == 'link'

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    def __init__(self, dirpath):
        self._dirpath = dirpath
        self._entries = iter(listdir(dirpath))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dirpath, next(self._entries))

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


class terminal_size(tuple):
    def __new__(cls, size):
        return tuple.__new__(cls, size)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    return terminal_size(_os.get_terminal_size(fd))


def device_encoding(fd):
    """The encoding of the terminal open on fd, or None when fd is not a terminal (the
    interpreter runs in UTF-8 mode, so a terminal's is UTF-8)."""
    return 'UTF-8' if _os.isatty(fd) else None


def _make_pathlike():
    # os.PathLike is an abc.ABC in CPython: isinstance() answers through __subclasshook__.
    # Made on first use (see __getattr__): importing abc cost a sixth of `import os`.
    import abc

    class PathLike(abc.ABC):
        """Abstract base class for implementing the file system path protocol."""

        @abc.abstractmethod
        def __fspath__(self):
            """Return the file system path representation of the object."""
            raise NotImplementedError

        @classmethod
        def __subclasshook__(cls, subclass):
            if cls is PathLike:
                # collections.abc's _check_methods: defined somewhere in the MRO, and not None.
                for base in subclass.__mro__:
                    if '__fspath__' in base.__dict__:
                        return True if base.__dict__['__fspath__'] is not None else NotImplemented
                return NotImplemented
            return NotImplemented

        __class_getitem__ = classmethod(__import__('types').GenericAlias)

    PathLike.__module__ = 'os'
    PathLike.__qualname__ = 'PathLike'
    return PathLike


def fsencode(filename):
    """Encode filename (str or PathLike) to bytes, as the filesystem encoding (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (bytes or PathLike) to str."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getcwdb():
    return fsencode(getcwd())


def get_exec_path(env=None):
    """The directories searched for an executable: env's PATH, else os.defpath."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def renames(old, new):
    """rename(), creating the new path's directories and pruning the old one's."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class _wrap_close:
    """The file of os.popen(): close() waits for the command and returns its status
    (None for success, else the wait status), as CPython."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Run cmd in a shell; a file reading its output (mode 'r') or writing its input ('w')."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE,
                                bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE,
                            bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


_at_fork = {'before': [], 'after_in_child': [], 'after_in_parent': []}


def register_at_fork(*args, before=None, after_in_child=None, after_in_parent=None):
    """Register callables to run around os.fork(): `before` in reverse order of registration,
    the others in order."""
    if args:
        raise TypeError('register_at_fork() takes no positional arguments')
    hooks = {'before': before, 'after_in_child': after_in_child, 'after_in_parent': after_in_parent}
    if all(func is None for func in hooks.values()):
        raise TypeError('At least one argument is required.')
    for key, func in hooks.items():
        if func is not None and not callable(func):
            raise TypeError(f"'{key}' must be callable, not {type(func).__name__}")
    for key, func in hooks.items():
        if func is not None:
            _at_fork[key].append(func)


def _run_fork_hooks(funcs):
    # As CPython: an exception in a hook is reported as unraisable and the others still run.
    for func in funcs:
        try:
            func()
        except BaseException as exc:
            sys.unraisablehook(_Unraisable(exc, func))


class _Unraisable:
    def __init__(self, exc, func):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.err_msg = 'Exception ignored in'
        self.object = func


def fork(*args):
    """Fork a child process: return 0 in the child, the child's process id in the parent."""
    if args:
        _os.fork(*args)
    _run_fork_hooks(reversed(_at_fork['before']))
    pid = _os.fork()
    if pid == 0:
        # matches CPython's after-fork handling: only the calling thread survives.
        threading = sys.modules.get('threading')
        if threading is not None:
            threading._after_fork()
        _run_fork_hooks(_at_fork['after_in_child'])
    else:
        _run_fork_hooks(_at_fork['after_in_parent'])
    return pid
