"""multiprocessing.Process: run one call in a child process."""

import itertools
import os
import threading
from multiprocessing import _pool_core

_counter = itertools.count(1)
_children = set()


class BaseProcess:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        self._identity = next(_counter)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or f"Process-{self._identity}"
        self.daemon = bool(daemon)
        self._pool = None
        self._future = None
        self._exitcode = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._pool is not None:
            raise AssertionError('cannot start a process twice')
        self._pool = _pool_core.WorkerPool(1)
        self._future = self._pool.submit(self._target or (lambda: None), self._args, self._kwargs)
        self._pool.close(wait=False)
        _children.add(self)

    def join(self, timeout=None):
        if self._pool is None:
            raise AssertionError('can only join a started process')
        from concurrent.futures import wait
        wait([self._future], timeout)
        if self._future.done():
            self._pool.join()
            exc = self._future.exception()
            if exc is not None and not isinstance(exc, SystemExit):
                import sys
                sys.stderr.write(f"Process {self._name}:\n{type(exc).__name__}: {exc}\n")
            self._exitcode = 0 if exc is None else (exc.code if isinstance(exc, SystemExit) and isinstance(exc.code, int) else 1)
            _children.discard(self)

    def is_alive(self):
        return self._pool is not None and not self._future.done()

    def terminate(self):
        if self._pool is not None:
            self._pool.terminate()
            self._exitcode = -15

    kill = terminate

    @property
    def exitcode(self):
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

    def __repr__(self):
        state = 'initial' if self._pool is None else ('started' if self.is_alive() else 'stopped')
        return f"<{type(self).__name__} name={self._name!r} {state}>"


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = 0
        self._name = 'MainProcess'
        self.daemon = False
        self._pool = None
        self._exitcode = None


_current = _MainProcess()


def current_process():
    return _current


def parent_process():
    return None


def active_children():
    return [p for p in _children if p.is_alive()]
