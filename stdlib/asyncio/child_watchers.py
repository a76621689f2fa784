"""Child watchers (CPython 3.11's asyncio.unix_events API, loaded on first use).

corio's loop learns of a subprocess's exit through a pidfd on its reactor, so asyncio's own
subprocesses need no watcher; these classes exist for programs that create, attach or set one,
and `add_child_handler` reports a child's exit as CPython's ThreadedChildWatcher does: a
thread waits for it, then the callback runs on the loop with (pid, returncode, *args)."""

from _asyncio import _waitpid

from . import events

__all__ = ('AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher', 'PidfdChildWatcher',
           'MultiLoopChildWatcher', 'ThreadedChildWatcher')


class AbstractChildWatcher:
    """Abstract base class for monitoring child processes."""

    def add_child_handler(self, pid, callback, *args):
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        raise NotImplementedError()

    def attach_loop(self, loop):
        raise NotImplementedError()

    def close(self):
        raise NotImplementedError()

    def is_active(self):
        raise NotImplementedError()

    def __enter__(self):
        raise NotImplementedError()

    def __exit__(self, exc_type, exc_value, exc_traceback):
        raise NotImplementedError()


def _wait_and_report(loop, expected_pid, callback, args, threads):
    pid = expected_pid
    try:
        returncode = _waitpid(expected_pid)
    except ChildProcessError:
        # As CPython: a child someone else reaped reports 255.
        returncode = 255
        _logger().warning("Unknown child process pid %d, will report returncode 255", pid)
    if loop.is_closed():
        _logger().warning("Loop %r that handles pid %r is closed", loop, pid)
    else:
        loop.call_soon_threadsafe(callback, pid, returncode, *args)
    threads.pop(expected_pid, None)


def _logger():
    import logging
    return logging.getLogger('asyncio')


class _WaitingWatcher(AbstractChildWatcher):
    """What every concrete watcher does here: one waiting thread per child."""

    def __init__(self):
        self._loop = None
        self._threads = {}
        self._counter = 0

    def attach_loop(self, loop):
        self._loop = loop

    def is_active(self):
        return self._loop is not None

    def close(self):
        self._loop = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_traceback):
        pass

    def add_child_handler(self, pid, callback, *args):
        import threading
        loop = events.get_running_loop()
        self._counter += 1
        thread = threading.Thread(target=_wait_and_report, name=f"waitpid-{self._counter - 1}",
                                  args=(loop, pid, callback, args, self._threads), daemon=True)
        self._threads[pid] = thread
        thread.start()

    def remove_child_handler(self, pid):
        return True


class ThreadedChildWatcher(_WaitingWatcher):
    """A thread per child waits for its exit (CPython's default watcher)."""

    def is_active(self):
        return True

    def close(self):
        pass

    def attach_loop(self, loop):
        pass


class PidfdChildWatcher(_WaitingWatcher):
    """Child watcher implementation using Linux's pid file descriptors."""


class SafeChildWatcher(_WaitingWatcher):
    """'Safe' child watcher implementation."""


class FastChildWatcher(_WaitingWatcher):
    """'Fast' child watcher implementation."""


class MultiLoopChildWatcher(_WaitingWatcher):
    """A watcher that doesn't require running loop in the main thread."""

    def is_active(self):
        return True


for _cls in (ThreadedChildWatcher, PidfdChildWatcher, SafeChildWatcher, FastChildWatcher,
             MultiLoopChildWatcher, AbstractChildWatcher):
    # CPython defines them in asyncio.unix_events.
    _cls.__module__ = 'asyncio.unix_events'
del _cls
