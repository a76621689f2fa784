"""multiprocessing.dummy: the multiprocessing API over threads (`Pool` is a ThreadPool)."""

import threading
import queue
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
from queue import Queue
from multiprocessing.pool import ThreadPool
from multiprocessing import cpu_count

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue',
           'Manager', 'Pipe', 'Pool', 'JoinableQueue', 'cpu_count']


class DummyProcess(threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._was_started = False

    def start(self):
        self._was_started = True
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._was_started and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process = threading.current_thread
JoinableQueue = Queue


def active_children():
    return [t for t in threading.enumerate() if isinstance(t, DummyProcess) and t.is_alive()]


def freeze_support():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    return ThreadPool(processes, initializer, initargs)


class _DummyConnection:
    def __init__(self, incoming, outgoing):
        self._in = incoming
        self._out = outgoing

    def send(self, obj):
        self._out.put(obj)

    def recv(self):
        return self._in.get()

    def poll(self, timeout=0.0):
        if self._in.qsize() > 0:
            return True
        if timeout is not None and timeout <= 0:
            return False
        with self._in.not_empty:
            self._in.not_empty.wait(timeout)
        return self._in.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    a, b = Queue(), Queue()
    return _DummyConnection(a, b), _DummyConnection(b, a)


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items() if not k.startswith('_'))
        return f'Namespace({items})'


dict = dict
list = list


class _DummyManager:
    dict = staticmethod(dict)
    list = staticmethod(list)
    Namespace = Namespace
    Queue = Queue
    Lock = Lock
    Event = Event

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def shutdown(self):
        pass


def Manager():
    return _DummyManager()
