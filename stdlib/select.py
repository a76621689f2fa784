"""select.select, select.poll and select.epoll, on the native poll(2) and epoll(7)
wrappers in `_select`."""

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


# ---- epoll(7) ----------------------------------------------------------------

from _select import (EPOLLIN, EPOLLOUT, EPOLLPRI, EPOLLERR, EPOLLHUP, EPOLLET,
                     EPOLLONESHOT, EPOLLEXCLUSIVE, EPOLLRDHUP, EPOLLRDNORM, EPOLLRDBAND,
                     EPOLLWRNORM, EPOLLWRBAND, EPOLLMSG, EPOLL_CLOEXEC)

_INT_MAX = 2**31 - 1


def _epoll_timeout_ms(timeout):
    """poll()'s timeout in seconds as epoll_wait's milliseconds: None or negative waits
    forever; a fraction of a millisecond rounds up, as CPython does."""
    if timeout is None:
        return -1
    if not isinstance(timeout, (int, float)):
        raise TypeError('timeout must be an integer or None')
    if isinstance(timeout, float):
        if timeout != timeout:
            raise ValueError('Invalid value NaN (not a number)')
        if abs(timeout) >= 2**63 / 1e9:
            raise OverflowError('timestamp out of range for platform time_t')
        # CPython converts through nanoseconds before rounding up to milliseconds
        ns = int(timeout * 1e9)
        if ns < timeout * 1e9:
            ns += 1
    else:
        if abs(timeout) >= 2**63 // 10**9:
            raise OverflowError('timestamp too large to convert to C _PyTime_t')
        ns = timeout * 10**9
    if ns < 0:
        return -1
    ms = -(-ns // 10**6)
    if ms > _INT_MAX:
        raise OverflowError('timeout is too large')
    return ms


class epoll:
    """select.epoll(sizehint=-1, flags=0)

    An edge- or level-triggered readiness set over epoll(7): register descriptors with
    an event mask, then poll() for the ones that are ready."""

    _epfd = -1

    def __init__(self, sizehint=-1, flags=0):
        for name, value in (('sizehint', sizehint), ('flags', flags)):
            if not isinstance(value, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(value).__name__)
        if sizehint != -1 and sizehint <= 0:
            raise ValueError('negative sizehint')
        # flags is deprecated: close-on-exec is always on, and nothing else is accepted
        if flags and flags != EPOLL_CLOEXEC:
            raise OSError('invalid flags')
        self._epfd = _select.epoll_create()

    @classmethod
    def fromfd(cls, fd):
        """An epoll object over the already open epoll descriptor fd."""
        obj = cls.__new__(cls)
        obj._epfd = fd
        return obj

    def _open_fd(self):
        if self._epfd < 0:
            raise ValueError('I/O operation on closed epoll object')
        return self._epfd

    @property
    def closed(self):
        """True if the epoll handler is closed"""
        return self._epfd < 0

    def close(self):
        """Close the epoll descriptor; further operations raise ValueError."""
        fd, self._epfd = self._epfd, -1
        if fd >= 0:
            import os
            os.close(fd)

    def fileno(self):
        return self._open_fd()

    def _ctl(self, op, fd, eventmask):
        epfd = self._open_fd()
        fd = _fileno(fd)
        if not isinstance(eventmask, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(eventmask).__name__)
        _select.epoll_ctl(epfd, op, fd, eventmask)

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        """Watch fd for the events in eventmask (FileExistsError if already watched)."""
        self._ctl(_select.EPOLL_CTL_ADD, fd, eventmask)

    def modify(self, fd, eventmask):
        """Change the events watched on a registered fd."""
        self._ctl(_select.EPOLL_CTL_MOD, fd, eventmask)

    def unregister(self, fd):
        """Stop watching fd."""
        self._ctl(_select.EPOLL_CTL_DEL, fd, 0)

    def poll(self, timeout=None, maxevents=-1):
        """Wait up to timeout seconds; a list of (fd, events) for the ready ones."""
        epfd = self._open_fd()
        ms = _epoll_timeout_ms(timeout)
        if not isinstance(maxevents, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(maxevents).__name__)
        if maxevents == -1:
            maxevents = 1023  # FD_SETSIZE - 1, CPython's default
        elif maxevents < 1:
            raise ValueError('maxevents must be greater than 0, got %d' % maxevents)
        # retried after a signal with what is left of the timeout (PEP 475)
        deadline = None if ms < 0 else _time.monotonic() + ms / 1000
        while True:
            ready = _select.epoll_wait(epfd, maxevents, ms)
            if ready is not None:
                return ready
            if deadline is not None:
                ms = max(0, int((deadline - _time.monotonic()) * 1000 + 0.999))

    def __enter__(self):
        self._open_fd()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __reduce__(self):
        raise TypeError("cannot pickle 'select.epoll' object")

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass


# a C type in CPython: messages name it 'select.epoll'
__import__('_time')._set_type_name(epoll, 'select.epoll')
