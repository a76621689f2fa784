"""Objects shared between a corio process and its worker processes: multiprocessing's Queue,
Pipe ends, locks, events, Value, Array and Manager containers.

Each object lives in the process that made it. Sent to a worker (as a call's argument, or
inside a Process object), it crosses as a reference; in the worker it is a proxy of the same
class whose method calls travel back over the worker's connection and run on the owner's feeder
thread for that worker (which may block there, as `queue.get()` does, without blocking the
owner's main thread). CPython shares these through pipes, semaphores and shared memory; what a
script sees through their methods is the same."""

import itertools
import threading
import queue as _queue
import time as _time

_ids = itertools.count(1)
# The objects this process owns and has handed out, by id. They stay alive while any worker
# may still call them (for the life of the process, like a Manager's referents).
_owned = {}
# In a worker: the function that sends one call to the owner and returns its result
# (set by `multiprocessing._worker`).
remote_call = None


class Shared:
    """Base of the shareable types: `_invoke(name, *args)` runs `_do_<name>` here, or in the
    owner when this is a proxy."""

    _shared_id = None
    _remote = False
    # The type name CPython's pickler names when one of these goes to a pool's task instead of
    # to a process being started ("Queue objects should only be shared between processes
    # through inheritance"); None: it may go anywhere.
    _inherit_only = None

    def _invoke(self, name, *args):
        if self._remote:
            if remote_call is None:
                raise RuntimeError('shared object used outside of its worker process')
            return remote_call(self._shared_id, name, args)
        return getattr(self, '_do_' + name)(*args)

    def _shared_ref(self):
        if self._shared_id is None:
            self._shared_id = next(_ids)
            _owned[self._shared_id] = self
        return self._shared_id, _kind_name(type(self))


def _kind_name(cls):
    while cls.__name__ not in _KINDS:
        cls = cls.__base__
    return cls.__name__


def resolve(shared_id, kind):
    """A reference decoded: the object itself in its owner, else a proxy for it."""
    obj = _owned.get(shared_id)
    if obj is not None:
        return obj
    if kind not in _KINDS:
        # A Manager's proxy: its classes register when their module loads.
        import multiprocessing.managers
    cls = _KINDS[kind]
    proxy = cls.__new__(cls)
    proxy._shared_id = shared_id
    proxy._remote = True
    return proxy


# On a feeder thread: `serving.stop`, the event that says the worker it serves is gone.
serving = threading.local()

_SLICE = 0.05


def _interruptible(wait, timeout):
    """Run `wait(t)` (a blocking wait that gives up after t seconds and then returns None) in
    slices on a feeder thread, so that a terminated worker's pending call (its `queue.get()`)
    does not keep the feeder, and the item it would take, forever. Returns wait's first result
    that is not None, or None when `timeout` runs out."""
    stop = getattr(serving, 'stop', None)
    if stop is None:
        return wait(timeout)
    deadline = None if timeout is None else _time.monotonic() + timeout
    while True:
        if stop.is_set():
            raise EOFError('the worker process was terminated')
        left = _SLICE if deadline is None else min(_SLICE, deadline - _time.monotonic())
        if left <= 0:
            return None
        result = wait(left)
        if result is not None:
            return result


def _slice_get(getter):
    """`queue.get` as a wait for `_interruptible`: the item in a 1-tuple (it may be None)."""
    def wait(t):
        try:
            return (getter(True, t),)
        except _queue.Empty:
            return None
    return wait


def serve(shared_id, name, args):
    """Run a worker's call on an object this process owns (on the feeder thread)."""
    obj = _owned.get(shared_id)
    if obj is None:
        raise RuntimeError('shared object no longer exists')
    return getattr(obj, '_do_' + name)(*args)


# -- queues ---------------------------------------------------------------------------------

class Queue(Shared):
    _inherit_only = 'Queue'

    def __init__(self, maxsize=0, *, ctx=None):
        self._q = _queue.Queue(maxsize if maxsize > 0 else 0)
        self._maxsize = maxsize
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if not self._remote and self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        return self._invoke('put', obj, block, timeout)

    def _do_put(self, obj, block, timeout):
        if not block:
            return self._q.put(obj, False)

        def wait(t):
            try:
                self._q.put(obj, True, t)
                return True
            except _queue.Full:
                return None
        if _interruptible(wait, timeout) is None:
            raise _queue.Full

    def get(self, block=True, timeout=None):
        if not self._remote and self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        return self._invoke('get', block, timeout)

    def _do_get(self, block, timeout):
        if not block:
            return self._q.get(False)
        got = _interruptible(_slice_get(self._q.get), timeout)
        if got is None:
            raise _queue.Empty
        return got[0]

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._invoke('qsize')

    def _do_qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._invoke('empty')

    def _do_empty(self):
        return self._q.empty()

    def full(self):
        return self._invoke('full')

    def _do_full(self):
        return self._q.full()

    def close(self):
        if not self._remote:
            self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    _inherit_only = 'JoinableQueue'

    def task_done(self):
        return self._invoke('task_done')

    def _do_task_done(self):
        try:
            self._q.task_done()
        except ValueError:
            raise ValueError('task_done() called too many times') from None

    def join(self):
        return self._invoke('join')

    def _do_join(self):
        def wait(t):
            with self._q.all_tasks_done:
                if self._q.unfinished_tasks:
                    self._q.all_tasks_done.wait(t)
                return True if not self._q.unfinished_tasks else None
        _interruptible(wait, None)


class SimpleQueue(Shared):
    _inherit_only = 'SimpleQueue'

    def __init__(self, *, ctx=None):
        self._q = _queue.SimpleQueue()

    def put(self, obj):
        return self._invoke('put', obj)

    def _do_put(self, obj):
        self._q.put(obj)

    def get(self):
        return self._invoke('get')

    def _do_get(self):
        return _interruptible(_slice_get(self._q.get), None)[0]

    def empty(self):
        return self._invoke('empty')

    def _do_empty(self):
        return self._q.empty()

    def close(self):
        pass


# -- pipes ----------------------------------------------------------------------------------

class _Channel:
    """One direction of a pipe: the messages in flight and whether the writing end closed."""

    def __init__(self):
        self.items = _queue.Queue()
        self.writer_closed = False


class Connection(Shared):
    """One end of a `Pipe()`: reads from one channel, writes to the other."""

    def __init__(self, incoming, outgoing, readable=True, writable=True):
        self._in = incoming
        self._out = outgoing
        self._readable = readable
        self._writable = writable
        self._closed = False

    def send(self, obj):
        return self._invoke('send', obj)

    def _do_send(self, obj):
        self._check_open()
        if not self._writable:
            raise OSError('connection is read-only')
        self._out.items.put(obj)

    def send_bytes(self, buf, offset=0, size=None):
        data = bytes(buf)
        end = len(data) if size is None else offset + size
        return self.send(data[offset:end])

    def recv(self):
        return self._invoke('recv')

    def _do_recv(self):
        self._check_open()
        if not self._readable:
            raise OSError('connection is write-only')
        def wait(t):
            try:
                return (self._in.items.get(True, t),)
            except _queue.Empty:
                if self._in.writer_closed and self._in.items.empty():
                    raise EOFError from None
                return None
        return _interruptible(wait, None)[0]

    def recv_bytes(self, maxlength=None):
        return self.recv()

    def poll(self, timeout=0.0):
        return self._invoke('poll', timeout)

    def _do_poll(self, timeout):
        self._check_open()
        deadline = None if timeout is None else _time.monotonic() + timeout
        while self._in.items.empty():
            if self._in.writer_closed:
                return True
            if deadline is not None and _time.monotonic() >= deadline:
                return False
            _time.sleep(0.005)
        return True

    def close(self):
        return self._invoke('close')

    def _do_close(self):
        if not self._closed:
            self._closed = True
            self._out.writer_closed = True

    @property
    def closed(self):
        return self._invoke('is_closed')

    def _do_is_closed(self):
        return self._closed

    @property
    def readable(self):
        return self._invoke('is_readable')

    def _do_is_readable(self):
        return self._readable

    @property
    def writable(self):
        return self._invoke('is_writable')

    def _do_is_writable(self):
        return self._writable

    def _check_open(self):
        if self._closed:
            raise OSError('handle is closed')

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    a_to_b, b_to_a = _Channel(), _Channel()
    if duplex:
        return Connection(b_to_a, a_to_b), Connection(a_to_b, b_to_a)
    # CPython: (reader, writer).
    return Connection(a_to_b, b_to_a, writable=False), Connection(b_to_a, a_to_b, readable=False)


# -- synchronization ------------------------------------------------------------------------

class _LockBase(Shared):
    def acquire(self, block=True, timeout=None):
        return self._invoke('acquire', block, timeout)

    def _do_acquire(self, block, timeout):
        if not block:
            return self._lock.acquire(False)
        return _interruptible(lambda t: True if self._lock.acquire(True, -1 if t is None else t) else None,
                              timeout) is not None

    def release(self):
        return self._invoke('release')

    def _do_release(self):
        self._lock.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class Lock(_LockBase):
    _inherit_only = 'Lock'

    def __init__(self, *, ctx=None):
        self._lock = threading.Lock()

    def __repr__(self):
        return '<Lock(owner=None)>'


class RLock(_LockBase):
    _inherit_only = 'RLock'

    def __init__(self, *, ctx=None):
        # Recursive per process: the owner thread of the underlying lock is the feeder thread
        # serving that process, which serves only it.
        self._lock = threading.RLock()


class Semaphore(_LockBase):
    _inherit_only = 'Semaphore'

    def __init__(self, value=1, *, ctx=None):
        self._lock = threading.Semaphore(value)

    def get_value(self):
        return self._invoke('get_value')

    def _do_get_value(self):
        return self._lock._value


class BoundedSemaphore(Semaphore):
    _inherit_only = 'BoundedSemaphore'

    def __init__(self, value=1, *, ctx=None):
        self._lock = threading.BoundedSemaphore(value)


class Event(Shared):
    _inherit_only = 'Condition'

    def __init__(self, *, ctx=None):
        self._event = threading.Event()

    def is_set(self):
        return self._invoke('is_set')

    def _do_is_set(self):
        return self._event.is_set()

    def set(self):
        return self._invoke('set')

    def _do_set(self):
        self._event.set()

    def clear(self):
        return self._invoke('clear')

    def _do_clear(self):
        self._event.clear()

    def wait(self, timeout=None):
        return self._invoke('wait', timeout)

    def _do_wait(self, timeout):
        return _interruptible(lambda t: True if self._event.wait(t) else None, timeout) is not None


# -- shared memory values -------------------------------------------------------------------

_TYPECODES = {
    'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint',
    'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float',
    'd': 'c_double', 'c': 'c_char', 'u': 'c_wchar',
}


def _ctype_name(typecode):
    if isinstance(typecode, str):
        if typecode not in _TYPECODES:
            raise TypeError(f"bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        return _TYPECODES[typecode]
    return getattr(typecode, '__name__', str(typecode))


def _coerce(typecode, value):
    name = _ctype_name(typecode)
    if name in ('c_float', 'c_double'):
        return float(value)
    if name in ('c_char', 'c_wchar'):
        return value
    if isinstance(value, float):
        raise TypeError("int expected instead of float")
    return int(value)


class _SynchronizedBase(Shared):
    """A ctypes value or array in (what stands for) shared memory, with its lock."""

    def __init__(self, typecode_or_type, lock):
        self._type = _ctype_name(typecode_or_type)
        self._typecode = typecode_or_type if isinstance(typecode_or_type, str) else self._type
        self._lock = RLock() if lock is True else (lock or None)

    def get_lock(self):
        return self._invoke('get_lock')

    def _do_get_lock(self):
        return self._lock

    def acquire(self, *args):
        return self.get_lock().acquire(*args)

    def release(self):
        return self.get_lock().release()

    def __enter__(self):
        return self.get_lock().__enter__()

    def __exit__(self, *exc):
        return self.get_lock().__exit__(*exc)

    def _do_type_name(self):
        return self._type


class Synchronized(_SynchronizedBase):
    """What `Value()` makes."""

    _inherit_only = 'Synchronized'

    def __init__(self, typecode_or_type, *args, lock=True, ctx=None):
        super().__init__(typecode_or_type, lock)
        self._value = _coerce(self._typecode, args[0] if args else 0)

    @property
    def value(self):
        return self._invoke('get')

    @value.setter
    def value(self, v):
        self._invoke('set', v)

    def _do_get(self):
        return self._value

    def _do_set(self, v):
        self._value = _coerce(self._typecode, v)

    def get_obj(self):
        return self.value

    def __repr__(self):
        return f"<Synchronized wrapper for {self._invoke('type_name')}({self.value!r})>"


class SynchronizedArray(_SynchronizedBase):
    """What `Array()` makes."""

    _inherit_only = 'SynchronizedArray'

    def __init__(self, typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
        super().__init__(typecode_or_type, lock)
        if isinstance(size_or_initializer, int):
            self._items = [_coerce(self._typecode, 0)] * size_or_initializer
        else:
            self._items = [_coerce(self._typecode, v) for v in size_or_initializer]

    def __len__(self):
        return self._invoke('len')

    def _do_len(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._invoke('getitem', index)

    def _do_getitem(self, index):
        return self._items[index]

    def __setitem__(self, index, value):
        self._invoke('setitem', index, value)

    def _do_setitem(self, index, value):
        if isinstance(index, slice):
            values = [_coerce(self._typecode, v) for v in value]
            if len(range(*index.indices(len(self._items)))) != len(values):
                raise ValueError("Can only assign sequence of same size")
            self._items[index] = values
        else:
            self._items[index] = _coerce(self._typecode, value)

    def __iter__(self):
        return iter(self[:])

    def get_obj(self):
        return self[:]

    def __repr__(self):
        return (f"<SynchronizedArray wrapper for {self._invoke('type_name')}_Array_"
                f"{len(self)}({self._invoke('object_address')})>")

    def _do_object_address(self):
        return hex(id(self._items))


def Value(typecode_or_type, *args, lock=True, ctx=None):
    return Synchronized(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return SynchronizedArray(typecode_or_type, size_or_initializer, lock=lock)


_KINDS = {cls.__name__: cls for cls in (
    Queue, JoinableQueue, SimpleQueue, Connection, Lock, RLock, Semaphore, BoundedSemaphore,
    Event, Synchronized, SynchronizedArray)}


def register(cls):
    """Make another shareable class (the Manager proxies) known to `resolve`."""
    _KINDS[cls.__name__] = cls
    return cls
