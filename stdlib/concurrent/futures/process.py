"""ProcessPoolExecutor: run calls in worker processes (child corio processes)."""

from concurrent.futures import _base
from multiprocessing import _pool_core


def _worker_namer(mp_context):
    # The context is fixed when the executor is made; CPython (fork) starts all the workers at
    # the first submit, each numbered from the process counter and named for the start method.
    from multiprocessing import process
    method = mp_context.get_start_method() if mp_context is not None else process.start_method()

    def name():
        ident = process._next_identity()
        return process._METHOD_PREFIX[method] + 'Process-%d' % ident[0], ident
    return name


class BrokenProcessPool(_base.BrokenExecutor):
    pass


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _CallItem(object):
    def __init__(self, fn, args, kwargs):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _process_worker(fn, args, kwargs):
    # Run in the worker: the frame CPython's worker loop shows in the remote traceback.
    call_item = _CallItem(fn, args, kwargs)
    r = call_item.fn(*call_item.args, **call_item.kwargs)
    return r


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._pool = _pool_core.WorkerPool(max_workers, initializer, initargs, worker_name=_worker_namer(mp_context),
                                             remote_traceback=_RemoteTraceback)
        self._max_workers = self._pool._size
        self._shutdown = False
        self._manager_named = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if not self._manager_named:
            # CPython starts its executor manager thread at the first submit, taking a
            # "Thread-N" number that threads made later do not get.
            self._manager_named = True
            import threading
            threading._newname("Thread-%d")
        return self._pool.submit(_process_worker, (fn, args, kwargs), {})

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            self._pool.terminate()
            return
        self._pool.close(wait=wait)
