"""File and descriptor control (CPython's `fcntl` C module) over corio's native `_fcntl`:
fcntl, flock and lockf on descriptors or objects with a fileno() method, with the Linux
constants CPython exports. ioctl is not supported."""

import _fcntl

DN_ACCESS = 1; DN_MODIFY = 2; DN_CREATE = 4; DN_DELETE = 8; DN_RENAME = 16; DN_ATTRIB = 32
DN_MULTISHOT = 2147483648
FASYNC = 8192; FD_CLOEXEC = 1
F_DUPFD = 0; F_GETFD = 1; F_SETFD = 2; F_GETFL = 3; F_SETFL = 4; F_GETLK = 5; F_SETLK = 6
F_SETLKW = 7; F_SETOWN = 8; F_GETOWN = 9; F_SETSIG = 10; F_GETSIG = 11
F_GETLK64 = 5; F_SETLK64 = 6; F_SETLKW64 = 7
F_RDLCK = 0; F_WRLCK = 1; F_UNLCK = 2; F_EXLCK = 4; F_SHLCK = 8
F_OFD_GETLK = 36; F_OFD_SETLK = 37; F_OFD_SETLKW = 38
F_SETLEASE = 1024; F_GETLEASE = 1025; F_NOTIFY = 1026; F_DUPFD_CLOEXEC = 1030
F_SETPIPE_SZ = 1031; F_GETPIPE_SZ = 1032; F_ADD_SEALS = 1033; F_GET_SEALS = 1034
F_SEAL_SEAL = 1; F_SEAL_SHRINK = 2; F_SEAL_GROW = 4; F_SEAL_WRITE = 8
LOCK_SH = 1; LOCK_EX = 2; LOCK_NB = 4; LOCK_UN = 8
LOCK_MAND = 32; LOCK_READ = 64; LOCK_WRITE = 128; LOCK_RW = 192


def _fd(obj):
    # PyObject_AsFileDescriptor: an int, or the int an object's fileno() returns.
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            meth = obj.fileno
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() method.') from None
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _count(name, args, low, high):
    n = len(args)
    if low <= n <= high:
        return
    if low == high:
        raise TypeError('%s expected %d arguments, got %d' % (name, low, n))
    if n < low:
        raise TypeError('%s expected at least %d arguments, got %d' % (name, low, n))
    raise TypeError('%s expected at most %d arguments, got %d' % (name, high, n))


def fcntl(*args):
    """Perform the operation `cmd` on file descriptor fd."""
    _count('fcntl', args, 2, 3)
    fd, cmd = _fd(args[0]), args[1]
    arg = args[2] if len(args) > 2 else 0
    if isinstance(arg, str):
        arg = arg.encode()
    elif isinstance(arg, (bytearray, memoryview)):
        arg = bytes(arg)
    return _fcntl.fcntl(fd, cmd, arg)


def flock(*args):
    """Perform the lock operation `operation` on file descriptor `fd`."""
    _count('flock', args, 2, 2)
    _fcntl.flock(_fd(args[0]), args[1])


def lockf(*args):
    """A wrapper around the fcntl() locking calls."""
    _count('lockf', args, 2, 5)
    fd, cmd = _fd(args[0]), args[1]
    rest = list(args[2:]) + [0] * (5 - len(args))
    _fcntl.lockf(fd, cmd, rest[0], rest[1], rest[2])


def ioctl(fd, request, arg=0, mutate_flag=True, /):
    raise OSError(25, 'Inappropriate ioctl for device')
