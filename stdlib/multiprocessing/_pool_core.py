"""Worker processes fed by threads: the engine under `multiprocessing.Pool` and
`concurrent.futures.ProcessPoolExecutor`. Each worker is a child corio process with a feeder
thread that sends it one call at a time and completes the call's Future with the reply."""

import os
import sys
import threading
import queue
import _multiprocessing
from concurrent.futures import _base
from multiprocessing import _codec, _shared


class _CallItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _main_file():
    main = sys.modules.get('__main__')
    return getattr(main, '__file__', None) or '-c'


class WorkerPool:
    """`names`: the process names of the workers, in start order (each worker's
    `current_process()`), or None to name them when they start (`worker_name`)."""

    def __init__(self, processes=None, initializer=None, initargs=(), names=None, worker_name=None,
                 inherit=False, remote_traceback=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._size = processes
        self._names = names
        self._worker_name = worker_name
        # A Process's one worker receives its object as a forked child would (queues and
        # locks included); a pool's tasks are pickled, and may not carry them.
        self._inherit = inherit
        # The class of the `__cause__` a call's exception gets, holding the worker's traceback
        # (CPython's `_RemoteTraceback` / `RemoteTraceback`).
        self._remote_traceback = remote_traceback
        self._queue = queue.SimpleQueue()
        self._workers = []   # (process, connection, thread)
        self._closed = False
        self._terminated = False
        # Set by terminate: a feeder blocked serving a worker's call (a queue get) gives up.
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._initializer = initializer
        self._initargs = initargs

    def _start_workers(self):
        with self._lock:
            while len(self._workers) < self._size:
                if self._names is None:
                    self._names = [self._worker_name() for _ in range(self._size)] if self._worker_name else []
                # What a forked child would have written out already is not repeated by it.
                sys.stdout.flush()
                sys.stderr.flush()
                proc, conn = _multiprocessing.spawn(sys.executable, ['--multiprocessing-worker', _main_file()])
                if len(self._workers) < len(self._names):
                    from multiprocessing import process
                    name, identity = self._names[len(self._workers)]
                    self._call(conn, process._become, (name, identity), {})
                if self._initializer is not None:
                    self._call(conn, self._initializer, self._initargs, {})
                t = threading.Thread(target=self._feed, args=(conn, self._stop), daemon=True,
                                     name=f"ProcessFeeder-{len(self._workers)}")
                t.start()
                self._workers.append((proc, conn, t))

    @staticmethod
    def _call(conn, fn, args, kwargs, inherit=True, remote_traceback=None):
        conn.send_bytes(_codec.dumps(('call', (fn, args, kwargs)), inherit))
        while True:
            status, value = _codec.loads(conn.recv_bytes())
            if status == 'rpc':
                # The worker calls a shared object this process owns (a Queue's put, a
                # Value's read): served here, on this worker's feeder thread.
                shared_id, name, rpc_args = value
                try:
                    reply = ('ok', _shared.serve(shared_id, name, rpc_args))
                except BaseException as exc:
                    reply = ('error', exc)
                try:
                    data = _codec.dumps(reply)
                except _codec.PicklingError as exc:
                    data = _codec.dumps(('error', exc))
                conn.send_bytes(data)
                continue
            if status == 'raised':
                value, text = value
                if remote_traceback is not None and text is not None:
                    value.__cause__ = remote_traceback(text)
                raise value
            if status == 'error':
                raise value
            return value

    def _feed(self, conn, stop):
        _shared.serving.stop = stop
        while True:
            item = self._queue.get()
            if item is None:
                try:
                    conn.send_bytes(_codec.dumps(('stop', None)))
                except (OSError, ValueError):
                    pass
                return
            if not item.future.set_running_or_notify_cancel():
                continue
            try:
                result = self._call(conn, item.fn, item.args, item.kwargs, self._inherit,
                                    self._remote_traceback)
            except BaseException as exc:
                # As CPython's, the future gets the exception unraised: a later raise shows no
                # frame of this thread.
                exc.__traceback__ = None
                item.future.set_exception(exc)
            else:
                item.future.set_result(result)

    def submit(self, fn, args, kwargs):
        if self._closed:
            raise RuntimeError('cannot schedule new futures after shutdown')
        self._start_workers()
        f = _base.Future()
        self._queue.put(_CallItem(f, fn, args, kwargs))
        return f

    def close(self, wait=True):
        if not self._closed:
            self._closed = True
            for _ in self._workers:
                self._queue.put(None)
        if wait:
            self.join()

    def join(self):
        for proc, conn, t in self._workers:
            t.join()
            proc.wait()

    def terminate(self):
        if self._terminated:
            return
        self._terminated = True
        self._closed = True
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                # Cancelled and notified, as an executor's worker does with a cancelled item:
                # `wait()` counts only notified cancellations as done.
                item.future.cancel()
                item.future.set_running_or_notify_cancel()
        # One stop marker per feeder, so every feeder thread ends (CPython's terminate joins
        # the pool's handler threads: `threading.active_count()` is back to what it was).
        self._stop.set()
        for _ in self._workers:
            self._queue.put(None)
        for proc, conn, t in self._workers:
            proc.kill()
        for proc, conn, t in self._workers:
            t.join()
            conn.close()
            proc.wait()
