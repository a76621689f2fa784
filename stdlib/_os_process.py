"""os's process and descriptor controls and the constants that go with them: sysconf and
its names, CPU affinity, blocking/inheritable flags, ownership, process groups and
sessions, the exec* family, and the wait-status tests os.py does not define itself."""

import _os

from _os import (get_blocking, set_blocking, get_inheritable, set_inheritable, fchmod,
                 fchown, chown, lchown, killpg, setsid, getpgid, getsid, setpgid, nice,
                 getgroups, closerange, fdatasync, abort, openpty, login_tty, ttyname,
                 sendfile, setuid, setgid, seteuid, setegid, setreuid, setregid, setresuid,
                 setresgid, getresuid, getresgid, setgroups, initgroups, getpriority,
                 setpriority, sched_yield, fchdir, chroot, lockf, posix_fallocate,
                 posix_fadvise)

# glibc's _SC_* numbers, under the names CPython gives them (without the SC_ prefix here)
_SYSCONF_TABLE = '''
    ARG_MAX=0 CHILD_MAX=1 CLK_TCK=2 NGROUPS_MAX=3 OPEN_MAX=4 STREAM_MAX=5 TZNAME_MAX=6
    JOB_CONTROL=7 SAVED_IDS=8 REALTIME_SIGNALS=9 PRIORITY_SCHEDULING=10 TIMERS=11
    ASYNCHRONOUS_IO=12 PRIORITIZED_IO=13 SYNCHRONIZED_IO=14 FSYNC=15 MAPPED_FILES=16
    MEMLOCK=17 MEMLOCK_RANGE=18 MEMORY_PROTECTION=19 MESSAGE_PASSING=20 SEMAPHORES=21
    SHARED_MEMORY_OBJECTS=22 AIO_LISTIO_MAX=23 AIO_MAX=24 AIO_PRIO_DELTA_MAX=25
    DELAYTIMER_MAX=26 MQ_OPEN_MAX=27 MQ_PRIO_MAX=28 VERSION=29 PAGESIZE=30 PAGE_SIZE=30
    RTSIG_MAX=31 SEM_NSEMS_MAX=32 SEM_VALUE_MAX=33 SIGQUEUE_MAX=34 TIMER_MAX=35
    BC_BASE_MAX=36 BC_DIM_MAX=37 BC_SCALE_MAX=38 BC_STRING_MAX=39 COLL_WEIGHTS_MAX=40
    EQUIV_CLASS_MAX=41 EXPR_NEST_MAX=42 LINE_MAX=43 RE_DUP_MAX=44 CHARCLASS_NAME_MAX=45
    2_VERSION=46 2_C_BIND=47 2_C_DEV=48 2_FORT_DEV=49 2_FORT_RUN=50 2_SW_DEV=51
    2_LOCALEDEF=52 PII=53 PII_XTI=54 PII_SOCKET=55 PII_INTERNET=56 PII_OSI=57 POLL=58
    SELECT=59 IOV_MAX=60 UIO_MAXIOV=60 PII_INTERNET_STREAM=61 PII_INTERNET_DGRAM=62
    PII_OSI_COTS=63 PII_OSI_CLTS=64 PII_OSI_M=65 T_IOV_MAX=66 THREADS=67
    THREAD_SAFE_FUNCTIONS=68 GETGR_R_SIZE_MAX=69 GETPW_R_SIZE_MAX=70 LOGIN_NAME_MAX=71
    TTY_NAME_MAX=72 THREAD_DESTRUCTOR_ITERATIONS=73 THREAD_KEYS_MAX=74
    THREAD_STACK_MIN=75 THREAD_THREADS_MAX=76 THREAD_ATTR_STACKADDR=77
    THREAD_ATTR_STACKSIZE=78 THREAD_PRIORITY_SCHEDULING=79 THREAD_PRIO_INHERIT=80
    THREAD_PRIO_PROTECT=81 THREAD_PROCESS_SHARED=82 NPROCESSORS_CONF=83
    NPROCESSORS_ONLN=84 PHYS_PAGES=85 AVPHYS_PAGES=86 ATEXIT_MAX=87 PASS_MAX=88
    XOPEN_VERSION=89 XOPEN_XCU_VERSION=90 XOPEN_UNIX=91 XOPEN_CRYPT=92 XOPEN_ENH_I18N=93
    XOPEN_SHM=94 2_CHAR_TERM=95 2_C_VERSION=96 2_UPE=97 XOPEN_XPG2=98 XOPEN_XPG3=99
    XOPEN_XPG4=100 CHAR_BIT=101 CHAR_MAX=102 CHAR_MIN=103 INT_MAX=104 INT_MIN=105
    LONG_BIT=106 WORD_BIT=107 MB_LEN_MAX=108 NZERO=109 SSIZE_MAX=110 SCHAR_MAX=111
    SCHAR_MIN=112 SHRT_MAX=113 SHRT_MIN=114 UCHAR_MAX=115 UINT_MAX=116 ULONG_MAX=117
    USHRT_MAX=118 NL_ARGMAX=119 NL_LANGMAX=120 NL_MSGMAX=121 NL_NMAX=122 NL_SETMAX=123
    NL_TEXTMAX=124 XBS5_ILP32_OFF32=125 XBS5_ILP32_OFFBIG=126 XBS5_LP64_OFF64=127
    XBS5_LPBIG_OFFBIG=128 XOPEN_LEGACY=129 XOPEN_REALTIME=130 XOPEN_REALTIME_THREADS=131
    MINSIGSTKSZ=249
'''
sysconf_names = {'SC_' + name: int(number) for name, number in
                 (pair.split('=') for pair in _SYSCONF_TABLE.split())}
del _SYSCONF_TABLE


def sysconf(name, /):
    """A system configuration value, by name (a key of sysconf_names) or number."""
    if isinstance(name, str):
        if name not in sysconf_names:
            raise ValueError("unrecognized configuration name")
        name = sysconf_names[name]
    elif not isinstance(name, int):
        raise TypeError("configuration names must be strings or integers")
    return _os.sysconf(name)


def sched_getaffinity(pid, /):
    """The set of CPUs process pid (0: this one) may run on."""
    return set(_os.sched_getaffinity(pid))


def mkfifo(path, mode=0o666, *, dir_fd=None):
    _os.mkfifo(path, mode)


def _exec_args(function, args):
    if not isinstance(args, (list, tuple)):
        raise TypeError("%s() arg 2 must be a tuple or list" % function)
    if not args:
        raise ValueError("%s() arg 2 must not be empty" % function)
    first = args[0]
    if (first.decode() if isinstance(first, bytes) else str(first)) == '':
        raise ValueError("%s() arg 2 first element cannot be empty" % function)
    return list(args)


def execv(path, argv, /):
    """Replace this process with the program at path, given argv."""
    _os.execv(path, _exec_args('execv', argv))


def execve(path, argv, env):
    """execv with the environment env (a mapping) instead of this one."""
    argv = _exec_args('execve', argv)
    pairs = []
    for key, value in env.items():
        key, value = _text(key), _text(value)
        if '=' in key or not key:
            raise ValueError("illegal environment variable name")
        pairs.append(key + '=' + value)
    _os.execve(path, argv, pairs)


def _text(value):
    import os
    return os.fsdecode(value)


def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execv, looking file up on PATH when it has no directory part."""
    _exec_searching(file, args, None)


def execvpe(file, args, env):
    """execve, looking file up on PATH (the one in env) when it has no directory part."""
    _exec_searching(file, args, env)


def _exec_searching(file, args, env):
    import os
    run = execv if env is None else (lambda path, argv: execve(path, argv, env))
    if os.path.dirname(file):
        run(file, args)
        return
    # a "not found" from every directory reports the last one; any other failure (say,
    # permission denied) is remembered and wins, as CPython does
    first_error = last_error = None
    for directory in os.get_exec_path(env):
        try:
            run(os.path.join(directory, file), args)
        except OSError as e:
            last_error = e
            if first_error is None and not isinstance(e, (FileNotFoundError,
                                                           NotADirectoryError)):
                first_error = e
    if first_error is None and last_error is None:
        raise FileNotFoundError(2, 'No such file or directory')
    raise first_error if first_error is not None else last_error


MFD_CLOEXEC, MFD_ALLOW_SEALING, MFD_HUGETLB = 1, 2, 4
EFD_SEMAPHORE, EFD_NONBLOCK, EFD_CLOEXEC = 1, 0o4000, 0o2000000
GRND_NONBLOCK, GRND_RANDOM = 1, 2
(POSIX_FADV_NORMAL, POSIX_FADV_RANDOM, POSIX_FADV_SEQUENTIAL, POSIX_FADV_WILLNEED,
 POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE) = range(6)


def memfd_create(name, flags=MFD_CLOEXEC):
    """An anonymous file in memory; its descriptor."""
    return _os.memfd_create(name, flags)


def eventfd(initval, flags=EFD_CLOEXEC):
    """An event counter descriptor starting at initval."""
    return _os.eventfd(initval, flags)


def eventfd_read(fd):
    """The counter's value (reset to 0, or decremented in semaphore mode)."""
    return int.from_bytes(_os.read(fd, 8), 'little')


def eventfd_write(fd, value):
    """Add value to the counter."""
    _os.write(fd, value.to_bytes(8, 'little'))


def getrandom(size, flags=0):
    """Up to size random bytes from the kernel's generator."""
    return _os.getrandom(size, flags)


def pidfd_open(pid, flags=0):
    """A descriptor that refers to process pid."""
    return _os.pidfd_open(pid, flags)


def mknod(path, mode=0o600, device=0, *, dir_fd=None):
    _os.mknod(path, mode, device)


def _unsigned(number):
    if number.__index__() < 0:
        raise OverflowError("can't convert negative int to unsigned")


# glibc's device number layout: 12 bits of major and 8 of minor in the low word, the rest
# of each above bit 32 and bit 20
def major(device, /):
    """The major number of a raw device number."""
    _unsigned(device)
    return ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)


def minor(device, /):
    """The minor number of a raw device number."""
    _unsigned(device)
    return (device & 0xff) | ((device >> 12) & ~0xff)


def makedev(major, minor, /):
    """A raw device number from its major and minor numbers."""
    _unsigned(major)
    _unsigned(minor)
    return ((minor & 0xff) | ((major & 0xfff) << 8) | ((minor & ~0xff) << 12)
            | ((major & ~0xfff) << 32))


def writev(fd, buffers, /):
    """Write the bytes-like objects of buffers in order; the number of bytes written."""
    return _os.write(fd, b''.join(bytes(buffer) for buffer in buffers))


def readv(fd, buffers, /):
    """Fill the writable buffers in order from one read; the number of bytes read."""
    views = [memoryview(buffer).cast('B') for buffer in buffers]
    data = _os.read(fd, sum(len(view) for view in views))
    at = 0
    for view in views:
        piece = data[at:at + len(view)]
        view[:len(piece)] = piece
        at += len(piece)
    return len(data)


def forkpty():
    """fork() with the child on a new pseudo-terminal: (0, -1) in the child, (pid, master
    descriptor) in the parent."""
    master, slave = openpty()
    pid = _os.fork()
    if pid == 0:
        _os.close(master)
        login_tty(slave)
        return 0, -1
    _os.close(slave)
    return pid, master


POSIX_SPAWN_OPEN, POSIX_SPAWN_CLOSE, POSIX_SPAWN_DUP2 = 0, 1, 2

# the fields of each file action after its tag, and what a wrong-sized one is told
_SPAWN_ACTIONS = {POSIX_SPAWN_OPEN: (5, 'open'), POSIX_SPAWN_CLOSE: (2, 'close'),
                  POSIX_SPAWN_DUP2: (3, 'dup2')}


def _spawn_checked(function, path, argv, env, file_actions, setpgroup, resetids, setsid,
                   setsigmask, setsigdef, scheduler):
    if not isinstance(argv, (list, tuple)):
        raise TypeError("%s: argv must be a tuple or list" % function)
    if not argv:
        raise ValueError("%s: argv must not be empty" % function)
    first = argv[0]
    if not (first.decode() if isinstance(first, bytes) else _text(first)):
        raise ValueError("%s: argv first element cannot be empty" % function)
    if not hasattr(type(env), 'keys') or not hasattr(type(env), '__getitem__'):
        raise TypeError("%s: environment must be a mapping object" % function)
    pairs = []
    for key in list(env.keys()):
        key_text, value_text = _text(key), _text(env[key])
        if not key_text or '=' in key_text[1:]:
            raise ValueError("illegal environment variable name")
        pairs.append(key_text + '=' + value_text)
    actions = []
    if file_actions is not None:
        if not hasattr(type(file_actions), '__iter__'):
            raise TypeError("file_actions must be a sequence or None")
        for action in file_actions:
            if not isinstance(action, tuple) or not action:
                raise TypeError("Each file_actions element must be a non-empty tuple")
            shape = _SPAWN_ACTIONS.get(action[0])
            if shape is None:
                raise TypeError("Unknown file_actions identifier")
            if len(action) != shape[0]:
                raise TypeError("A %s file_action tuple must have %d elements" % (shape[1], shape[0]))
            actions.append(action)
    if scheduler is not None:
        raise NotImplementedError("%s: scheduler is not supported" % function)
    return _os.posix_spawn(path, [_text(a) for a in argv], pairs,
                           function == 'posix_spawnp', actions, setpgroup, bool(setsid),
                           tuple(setsigmask) or None, tuple(setsigdef) or None,
                           bool(resetids))


def posix_spawn(path, argv, env, /, *, file_actions=None, setpgroup=None, resetids=False,
                setsid=False, setsigmask=(), setsigdef=(), scheduler=None):
    """Run the program at path in a new process; its pid."""
    return _spawn_checked('posix_spawn', path, argv, env, file_actions, setpgroup,
                          resetids, setsid, setsigmask, setsigdef, scheduler)


def posix_spawnp(path, argv, env, /, *, file_actions=None, setpgroup=None, resetids=False,
                 setsid=False, setsigmask=(), setsigdef=(), scheduler=None):
    """posix_spawn, looking path up on PATH when it has no directory part."""
    return _spawn_checked('posix_spawnp', path, argv, env, file_actions, setpgroup,
                          resetids, setsid, setsigmask, setsigdef, scheduler)


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def WIFCONTINUED(status):
    return status == 0xffff


def WCOREDUMP(status):
    return bool(status & 0x80)


# Linux values, as CPython's os module shows them
O_ACCMODE, O_ASYNC, O_DIRECT, O_DIRECTORY, O_DSYNC = 3, 0x2000, 0x4000, 0x10000, 0x1000
O_SYNC = O_FSYNC = O_RSYNC = 0x101000
O_LARGEFILE, O_NDELAY, O_NOATIME, O_NOFOLLOW, O_PATH = 0, 0x800, 0x40000, 0x20000, 0x200000
O_TMPFILE = 0x410000
EX_OK = 0
(EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST, EX_UNAVAILABLE, EX_SOFTWARE,
 EX_OSERR, EX_OSFILE, EX_CANTCREAT, EX_IOERR, EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM,
 EX_CONFIG) = range(64, 79)
(CLD_EXITED, CLD_KILLED, CLD_DUMPED, CLD_TRAPPED, CLD_STOPPED, CLD_CONTINUED) = range(1, 7)
F_ULOCK, F_LOCK, F_TLOCK, F_TEST = 0, 1, 2, 3
PRIO_PROCESS, PRIO_PGRP, PRIO_USER = 0, 1, 2
P_ALL, P_PID, P_PGID, P_PIDFD = 0, 1, 2, 3
P_WAIT, P_NOWAIT = 0, 1
P_NOWAITO = 1
SEEK_DATA, SEEK_HOLE = 3, 4
WSTOPPED, WEXITED, WNOWAIT = 2, 4, 0x1000000
NGROUPS_MAX = 65536
TMP_MAX = 238328
RTLD_LAZY, RTLD_NOW, RTLD_NOLOAD, RTLD_DEEPBIND = 1, 2, 4, 8
RTLD_GLOBAL, RTLD_LOCAL, RTLD_NODELETE = 0x100, 0, 0x1000
SCHED_OTHER, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE = 0, 1, 2, 3, 5
SCHED_RESET_ON_FORK = 0x40000000


_EXPORTS = frozenset(name for name in globals()
                     if not name.startswith('_'))
