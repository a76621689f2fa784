"""signal: set handlers for asynchronous events (Linux signal numbers), over the native
_signal module. A Python handler runs in the interpreter at the next safe point after the
signal arrives, as in CPython."""

import _signal
from enum import IntEnum as _IntEnum
from _signal import NSIG, default_int_handler, set_wakeup_fd, siginterrupt, alarm, raise_signal
from _signal import setitimer, getitimer, ItimerError, ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF
from _signal import pthread_kill, pause

_SIGNAL_NAMES = {
    1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT',
    7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2',
    13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM', 16: 'SIGSTKFLT', 17: 'SIGCHLD',
    18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG',
    24: 'SIGXCPU', 25: 'SIGXFSZ', 26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO',
    30: 'SIGPWR', 31: 'SIGSYS', 34: 'SIGRTMIN', 64: 'SIGRTMAX',
}

# Aliases CPython also defines (not enum members of their own).
_ALIASES = {'SIGIOT': 6, 'SIGPOLL': 29, 'SIGCLD': 17}

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception',
    9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
    12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
    16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)',
    23: 'Urgent I/O condition', 24: 'CPU time limit exceeded', 25: 'File size limit exceeded',
    26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed',
    29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call',
}


# matches CPython: Signals and Handlers are IntEnums built from the module's constants (the
# aliases become enum aliases of the member with the same value, which keeps the name that
# sorts first, as enum._convert_ does).
Signals = _IntEnum('Signals', sorted([(name, num) for num, name in _SIGNAL_NAMES.items()]
                                      + list(_ALIASES.items()), key=lambda t: (t[1], t[0])),
                   module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)

Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', _signal.SIG_BLOCK), ('SIG_UNBLOCK', _signal.SIG_UNBLOCK),
                                  ('SIG_SETMASK', _signal.SIG_SETMASK)], module=__name__)

SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK

_members = {}
for _name, _sig in Signals.__members__.items():
    _members[_sig.value] = _sig
    globals()[_name] = _sig
del _name, _sig


def _int_to_enum(value, members):
    if isinstance(value, int) and not isinstance(value, bool):
        return members.get(value, value)
    return value


def signal(signalnum, handler):
    """Set the handler of `signalnum`: SIG_DFL, SIG_IGN or a callable(signum, frame); return
    the previous one."""
    old = _signal.signal(signalnum, handler)
    return _int_to_enum(old, {0: SIG_DFL, 1: SIG_IGN})


def getsignal(signalnum):
    """The current handler of `signalnum`."""
    return _int_to_enum(_signal.getsignal(signalnum), {0: SIG_DFL, 1: SIG_IGN})


def strsignal(signalnum):
    """The system's description of the signal, or None."""
    if not 1 <= signalnum < NSIG:
        raise ValueError('signal number out of range')
    if 34 <= signalnum <= 64:
        return f'Real-time signal {signalnum - 34}'
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    """The set of valid signal numbers."""
    return {_members.get(n, n) for n in range(1, NSIG) if n not in (32, 33)}


def pthread_sigmask(how, mask, /):
    """Change the calling thread's set of blocked signals; return the previous set."""
    return {_members.get(n, n) for n in _signal.pthread_sigmask(how, mask)}


def sigpending():
    """The set of signals pending for the calling thread (raised while blocked)."""
    return {_members.get(n, n) for n in _signal.sigpending()}


def sigwait(sigset, /):
    """Wait until one of the signals in `sigset` is pending; take it and return it."""
    n = _signal.sigwait(sigset)
    return _members.get(n, n)
