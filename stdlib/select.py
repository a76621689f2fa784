"""select.select and select.poll, on the native poll(2) wrapper `_select`."""

import time as _time
import _select
from _select import (POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL, POLLRDNORM,
                     POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP)

error = OSError


def _fileno(obj):
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


def _wait(pairs, timeout_ms):
    # Retried after a signal with the time that is left, as CPython does (PEP 475).
    deadline = None if timeout_ms < 0 else _time.monotonic() + timeout_ms / 1000
    while True:
        ready = _select.poll(pairs, timeout_ms)
        if ready is not None:
            return ready
        if deadline is not None:
            timeout_ms = max(0, int((deadline - _time.monotonic()) * 1000 + 0.999))


def select(rlist, wlist, xlist, timeout=None):
    if timeout is None:
        ms = -1
    else:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
        # poll(2) counts milliseconds: round up so a short timeout still waits.
        ms = int(timeout * 1000)
        if ms < timeout * 1000:
            ms += 1
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)
    events = {}
    for objs, ev in ((rlist, POLLIN), (wlist, POLLOUT), (xlist, POLLPRI)):
        for obj in objs:
            fd = _fileno(obj)
            events[fd] = events.get(fd, 0) | ev
    ready = dict(_wait(list(events.items()), ms))
    for fd, rev in ready.items():
        if rev & POLLNVAL:
            raise OSError(9, 'Bad file descriptor')
    readable = POLLIN | POLLHUP | POLLERR
    writable = POLLOUT | POLLERR
    return ([o for o in rlist if ready.get(_fileno(o), 0) & readable],
            [o for o in wlist if ready.get(_fileno(o), 0) & writable],
            [o for o in xlist if ready.get(_fileno(o), 0) & POLLPRI])


class poll:
    """A set of descriptors to wait on, as select.poll() returns."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._fds[_fileno(fd)] = eventmask

    def modify(self, fd, eventmask):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None):
        if timeout is None:
            ms = -1
        else:
            ms = int(timeout)
            if ms < 0:
                ms = -1
        return _wait(list(self._fds.items()), ms)
