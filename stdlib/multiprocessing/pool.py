"""multiprocessing.Pool: map/apply work onto worker processes."""

from multiprocessing import _pool_core

__all__ = ['Pool', 'AsyncResult', 'ThreadPool']


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
            return self._future.result(timeout)
        except TimeoutError:
            raise multiprocessing.TimeoutError from None


class _MapResult(AsyncResult):
    def __init__(self, futures):
        self._futures = futures

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
        return [f.result(timeout) for f in self._futures]


class Pool:
    """A pool of worker processes."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._core = _pool_core.WorkerPool(processes, initializer, initargs)
        self._state = 'RUN'
        self._processes = self._core._size

    def __repr__(self):
        return f"<multiprocessing.pool.Pool state={self._state} pool_size={self._processes}>"

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        return AsyncResult(self._core.submit(func, tuple(args), dict(kwds)), callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        futures = [self._core.submit(func, (x,), {}) for x in iterable]
        result = _MapResult(futures)
        return result

    def starmap(self, func, iterable, chunksize=None):
        self._check_running()
        futures = [self._core.submit(func, tuple(args), {}) for args in iterable]
        return _MapResult(futures).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return _MapResult([self._core.submit(func, tuple(args), {}) for args in iterable])

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        futures = [self._core.submit(func, (x,), {}) for x in iterable]
        return (f.result() for f in futures)

    def imap_unordered(self, func, iterable, chunksize=1):
        from concurrent.futures import as_completed
        self._check_running()
        futures = [self._core.submit(func, (x,), {}) for x in iterable]
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


def ThreadPool(processes=None, initializer=None, initargs=()):
    raise NotImplementedError("multiprocessing.pool.ThreadPool is not available in corio; use concurrent.futures.ThreadPoolExecutor")
