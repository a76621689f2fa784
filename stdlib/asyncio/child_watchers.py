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


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
AbstractChildWatcher.__doc__ = """Abstract base class for monitoring child processes.

    Objects derived from this class monitor a collection of subprocesses and
    report their termination or interruption by a signal.

    New callbacks are registered with .add_child_handler(). Starting a new
    process must be done within a 'with' block to allow the watcher to suspend
    its activity until the new process if fully registered (this is needed to
    prevent a race condition in some implementations).

    Example:
        with watcher:
            proc = subprocess.Popen("sleep 1")
            watcher.add_child_handler(proc.pid, callback)

    Notes:
        Implementations of this class must be thread-safe.

        Since child watcher objects may catch the SIGCHLD signal and call
        waitpid(-1), there should be only one active object per process.
    """
AbstractChildWatcher.add_child_handler.__doc__ = """Register a new child handler.

        Arrange for callback(pid, returncode, *args) to be called when
        process 'pid' terminates. Specifying another callback for the same
        process replaces the previous handler.

        Note: callback() must be thread-safe.
        """
AbstractChildWatcher.remove_child_handler.__doc__ = """Removes the handler for process 'pid'.

        The function returns True if the handler was successfully removed,
        False if there was nothing to remove."""
AbstractChildWatcher.attach_loop.__doc__ = """Attach the watcher to an event loop.

        If the watcher was previously attached to an event loop, then it is
        first detached before attaching to the new loop.

        Note: loop may be None.
        """
AbstractChildWatcher.close.__doc__ = """Close the watcher.

        This must be called to make sure that any underlying resource is freed.
        """
AbstractChildWatcher.is_active.__doc__ = """Return ``True`` if the watcher is active and is used by the event loop.

        Return True if the watcher is installed and ready to handle process exit
        notifications.

        """
ThreadedChildWatcher.__doc__ = """Threaded child watcher implementation.

    The watcher uses a thread per process
    for waiting for the process finish.

    It doesn't require subscription on POSIX signal
    but a thread creation is not free.

    The watcher has O(1) complexity, its performance doesn't depend
    on amount of spawn processes.
    """
PidfdChildWatcher.__doc__ = """Child watcher implementation using Linux's pid file descriptors.

    This child watcher polls process file descriptors (pidfds) to await child
    process termination. In some respects, PidfdChildWatcher is a "Goldilocks"
    child watcher implementation. It doesn't require signals or threads, doesn't
    interfere with any processes launched outside the event loop, and scales
    linearly with the number of subprocesses launched by the event loop. The
    main disadvantage is that pidfds are specific to Linux, and only work on
    recent (5.3+) kernels.
    """
SafeChildWatcher.__doc__ = """'Safe' child watcher implementation.

    This implementation avoids disrupting other code spawning processes by
    polling explicitly each process in the SIGCHLD handler instead of calling
    os.waitpid(-1).

    This is a safe solution but it has a significant overhead when handling a
    big number of children (O(n) each time SIGCHLD is raised)
    """
FastChildWatcher.__doc__ = """'Fast' child watcher implementation.

    This implementation reaps every terminated processes by calling
    os.waitpid(-1) directly, possibly breaking other code spawning processes
    and waiting for their termination.

    There is no noticeable overhead when handling a big number of children
    (O(1) each time a child terminates).
    """
MultiLoopChildWatcher.__doc__ = """A watcher that doesn't require running loop in the main thread.

    This implementation registers a SIGCHLD signal handler on
    instantiation (which may conflict with other code that
    install own handler for this signal).

    The solution is safe but it has a significant overhead when
    handling a big number of processes (*O(n)* each time a
    SIGCHLD is received).
    """
