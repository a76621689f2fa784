"""multiprocessing.Pool: map/apply work onto worker processes."""

import itertools
import os
from multiprocessing import _pool_core
from multiprocessing import process as _process

__all__ = ['Pool', 'AsyncResult', 'ThreadPool']


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


# CPython's task runners in the worker process, whose frames its remote traceback shows.
def worker(func, args, kwds):
    result = (True, func(*args, **kwds))
    return result


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class AsyncResult:
    def __init__(self, future, callback=None, error_callback=None, single=True):
        self._future = future
        self._single = single
        if callback is not None or error_callback is not None:
            def done(f):
                exc = f.exception()
                if exc is None:
                    if callback is not None:
                        callback(f.result())
                elif error_callback is not None:
                    error_callback(exc)
            future.add_done_callback(done)

    def ready(self):
        return self._future.done()

    def successful(self):
        if not self.ready():
            raise ValueError(f"{self!r} not ready")
        return self._future.exception() is None

    def wait(self, timeout=None):
        try:
            self._future.exception(timeout)
        except Exception:
            pass

    def get(self, timeout=None):
        import multiprocessing
        try:
            self._value = self._future.exception(timeout)
        except TimeoutError:
            raise multiprocessing.TimeoutError from None
        if self._value is None:
            return self._future.result()
        # As CPython's ApplyResult.get, whose frame ends a failed call's traceback.
        raise self._value


class _MapResult(AsyncResult):
    def __init__(self, futures, callback=None, error_callback=None):
        self._futures = futures
        if (callback is not None or error_callback is not None) and futures:
            import threading
            lock = threading.Lock()
            left = [len(futures)]

            def done(_):
                with lock:
                    left[0] -= 1
                    if left[0]:
                        return
                # Once every call is done: the results, or the first failure.
                for f in futures:
                    if not f.cancelled() and f.exception() is not None:
                        if error_callback is not None:
                            error_callback(f.exception())
                        return
                if callback is not None:
                    callback([f.result() for f in futures])
            for f in futures:
                f.add_done_callback(done)
        elif callback is not None:
            callback([])

    def ready(self):
        return all(f.done() for f in self._futures)

    def successful(self):
        if not self.ready():
            raise ValueError(f"{self!r} not ready")
        return all(f.exception() is None for f in self._futures)

    def wait(self, timeout=None):
        from concurrent.futures import wait
        wait(self._futures, timeout)

    def get(self, timeout=None):
        import multiprocessing
        values = []
        for f in self._futures:
            try:
                self._value = f.exception(timeout)
            except TimeoutError:
                raise multiprocessing.TimeoutError from None
            if self._value is not None:
                raise self._value
            values.append(f.result())
        return values


def _take_handler_thread_names():
    # CPython's pools run three handler threads (workers, tasks, results), each numbered from
    # threading's "Thread-N" counter; corio's pools need none but take the numbers.
    import threading
    for _ in range(3):
        threading._newname("Thread-%d")


class Pool:
    """A pool of worker processes."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        # The workers' names and numbers are taken now, as CPython starts them here.
        method = context.get_start_method() if context is not None else _process.start_method()
        prefix = _process._METHOD_PREFIX[method] + 'PoolWorker-'
        names = [(prefix + str(ident[0]), ident)
                 for ident in (_process._next_identity() for _ in range(processes))]
        self._core = _pool_core.WorkerPool(processes, initializer, initargs, names=names,
                                           remote_traceback=RemoteTraceback)
        _take_handler_thread_names()
        self._state = 'RUN'
        self._processes = self._core._size

    def __repr__(self):
        return f"<multiprocessing.pool.Pool state={self._state} pool_size={self._processes}>"

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def _submit(self, kind, func, args, kwds=None):
        # A worker process runs the task through CPython's frames and sends its traceback
        # back (the RemoteTraceback `__cause__`); a ThreadPool's threads call it as it is.
        if isinstance(self._core, _pool_core.WorkerPool):
            from multiprocessing import _worker
            return self._core.submit(_worker._pool_task, (kind, func, args, kwds or {}), {})
        return self._core.submit(func, args, kwds or {})

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        return AsyncResult(self._submit('apply', func, tuple(args), dict(kwds)), callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        futures = [self._submit('map', func, (x,)) for x in iterable]
        return _MapResult(futures, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        self._check_running()
        futures = [self._submit('starmap', func, tuple(args)) for args in iterable]
        return _MapResult(futures).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return _MapResult([self._submit('starmap', func, tuple(args)) for args in iterable],
                          callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        futures = [self._submit('apply', func, (x,)) for x in iterable]
        return (f.result() for f in futures)

    def imap_unordered(self, func, iterable, chunksize=1):
        from concurrent.futures import as_completed
        self._check_running()
        futures = [self._submit('apply', func, (x,)) for x in iterable]
        return (f.result() for f in as_completed(futures))

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            self._core.close(wait=False)

    def terminate(self):
        self._state = 'TERMINATE'
        self._core.terminate()

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        if self._state == 'CLOSE':
            self._core.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class _ThreadCore:
    """The engine of a ThreadPool: the Pool interface over threads of this process."""

    def __init__(self, processes, initializer, initargs):
        from concurrent.futures import ThreadPoolExecutor
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._size = processes
        # CPython's ThreadPool starts its workers now, named "Thread-N (worker)", then its three
        # handler threads; the names are taken here so later threads are numbered as there.
        import threading
        names = [threading._newname("Thread-%d") + " (worker)" for _ in range(processes)]
        _take_handler_thread_names()
        # A prefix of its own, so the executor takes no "ThreadPoolExecutor-N" number.
        self._executor = ThreadPoolExecutor(processes, initializer=initializer, initargs=initargs,
                                            thread_name_prefix="ThreadPool")
        self._executor._worker_names = names

    def submit(self, fn, args, kwargs):
        return self._executor.submit(fn, *args, **kwargs)

    def close(self, wait=True):
        self._executor.shutdown(wait=wait)

    def join(self):
        self._executor.shutdown(wait=True)

    def terminate(self):
        self._executor.shutdown(wait=True, cancel_futures=True)


class ThreadPool(Pool):
    """A Pool whose workers are threads (`multiprocessing.dummy.Pool`)."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        self._core = _ThreadCore(processes, initializer, initargs)
        self._state = 'RUN'
        self._processes = self._core._size

    def __repr__(self):
        return f"<multiprocessing.pool.ThreadPool state={self._state} pool_size={self._processes}>"
