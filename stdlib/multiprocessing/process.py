"""multiprocessing.Process: run one process object's `run()` in a child process."""

import itertools
import os
import sys
from multiprocessing import _pool_core

# CPython numbers every process object this process creates (pool workers included) from 1:
# the number is its `_identity` and the end of its default name.
_counter = itertools.count(1)
_children = set()


def _next_identity():
    return (next(_counter),)


def _bootstrap(proc):
    """In the child: run the process object and give back its exit code, reporting an
    uncaught exception as CPython's `BaseProcess._bootstrap` does."""
    global _current, _parent
    _current = proc
    _parent = _MainProcess()
    try:
        proc.run()
        code = 0
    except SystemExit as exc:
        if exc.code is None:
            code = 0
        elif isinstance(exc.code, int):
            code = exc.code
        else:
            sys.stderr.write(str(exc.code) + '\n')
            code = 1
    except BaseException:
        import traceback
        sys.stderr.write(f'Process {proc.name}:\n')
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code


class BaseProcess:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        self._identity = _next_identity()
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = bool(daemon)
        self._reset_run_state()

    def _reset_run_state(self):
        # This process's handles on a started child, and how it ended.
        self._pool = None
        self._future = None
        self._exitcode = None
        self._killed_with = None
        self._closed = False

    # The state a child gets: everything but this process's handles on it.
    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k not in ('_pool', '_future', '_killed_with')}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._pool = None
        self._future = None
        self._killed_with = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._closed:
            raise ValueError('process object is closed')
        if self._pool is not None:
            raise AssertionError('cannot start a process twice')
        self._pool = _pool_core.WorkerPool(1, inherit=True)
        self._future = self._pool.submit(_bootstrap, (self,), {})
        self._pool.close(wait=False)
        _children.add(self)

    def join(self, timeout=None):
        if self._pool is None:
            raise AssertionError('can only join a started process')
        from concurrent.futures import wait
        wait([self._future], timeout)
        if self._future.done():
            self._pool.join()
            self._settle()

    def _settle(self):
        if self._exitcode is not None or not self._future.done():
            return
        if self._killed_with is not None:
            self._exitcode = self._killed_with
        elif self._future.cancelled():
            self._exitcode = -15
        else:
            exc = self._future.exception()
            if exc is None:
                self._exitcode = self._future.result()
            else:
                code = self._ended_worker_code(exc)
                if code is not None:
                    self._exitcode = code
                else:
                    # The child could not run the object (it failed to cross).
                    sys.stderr.write(f"Process {self._name}:\n{type(exc).__name__}: {exc}\n")
                    self._exitcode = 1
        _children.discard(self)

    def _ended_worker_code(self, exc):
        # The connection closed mid-call: the child ended itself (os._exit(), a signal), and
        # its exit status is the process's, as for CPython's forked child.
        if not isinstance(exc, (EOFError, OSError)) or not self._pool._workers:
            return None
        try:
            return self._pool._workers[0][0].wait()
        except (OSError, RuntimeError):
            return None

    def is_alive(self):
        if self._pool is None:
            return False
        if self._future.done():
            self._settle()
            return False
        return True

    # The signal's exit code is known once the process is waited for (join, is_alive), as
    # CPython's `exitcode` is None right after terminate().
    def terminate(self):
        self._signal(-15)

    def kill(self):
        self._signal(-9)

    def _signal(self, code):
        if self._pool is not None and not self._future.done():
            self._killed_with = code
            self._pool.terminate()

    def close(self):
        if self.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def exitcode(self):
        if (self._pool is not None and self._exitcode is None and self._future.done()
                and self._killed_with is None):
            self._settle()
        return self._exitcode

    @property
    def pid(self):
        if self._pool is None or not self._pool._workers:
            return None
        return self._pool._workers[0][0].pid

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._pool is not None:
            raise AssertionError('process has already started')
        self._daemonic = bool(value)

    @property
    def authkey(self):
        return b''

    def __repr__(self):
        parent = os.getpid() if self is not _current else None
        if self is _current:
            state = 'started'
        elif self._pool is None:
            state = 'initial'
        elif self.is_alive():
            state = 'started'
        else:
            state = 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pool is not None and self.pid is not None:
            info.append('pid=%s' % self.pid)
        info.append('parent=%s' % parent)
        info.append(state)
        if self._exitcode is not None:
            info.append('exitcode=%s' % self._exitcode)
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemonic = False
        self._reset_run_state()


class _WorkerProcess(BaseProcess):
    """A pool worker as it sees itself (`ForkPoolWorker-N`, `ForkProcess-N`)."""

    def __init__(self, name, identity):
        self._identity = identity
        self._name = name
        self._daemonic = True
        self._reset_run_state()


# What each context's `Process` is: only the class name differs (it names the process).
class ForkProcess(Process):
    pass


class SpawnProcess(Process):
    pass


class ForkServerProcess(Process):
    pass


# `set_start_method`'s choice; None until set or first needed (then 'fork', Linux's default).
# corio starts every child the same way; the method only names the processes.
_start_method = None
_METHOD_PREFIX = {'fork': 'Fork', 'spawn': 'Spawn', 'forkserver': 'ForkServer'}
_METHOD_PROCESS = {'fork': ForkProcess, 'spawn': SpawnProcess, 'forkserver': ForkServerProcess}


def start_method():
    """The start method in force, fixing it to the default if none was chosen (as CPython's
    default context does when a pool or `get_start_method()` first needs it)."""
    global _start_method
    if _start_method is None:
        _start_method = 'fork'
    return _start_method


_current = _MainProcess()
_parent = None


def _become(name, identity):
    """In a pool worker, before its first task: take the name its parent gave it."""
    global _current, _parent
    _current = _WorkerProcess(name, tuple(identity))
    _parent = _MainProcess()


def current_process():
    return _current


def parent_process():
    return _parent


def active_children():
    return [p for p in list(_children) if p.is_alive()]
