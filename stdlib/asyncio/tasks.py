"""Tasks and the high-level waiting API: create_task, sleep, gather, wait, wait_for,
as_completed, shield. Task, sleep and the loop are native (_asyncio); the combinators are
written here with CPython 3.11's semantics (result order, cancellation, exceptions)."""

# `create_task` is native: CPython's `tasks.create_task` (the running loop's `create_task`,
# then `set_name`) without a script frame per task.
from _asyncio import (Task, sleep, ensure_future, _ensure_future, current_task, all_tasks, create_task,
                      get_running_loop, get_event_loop,
                      _register_task, _unregister_task, _enter_task, _leave_task,
                      _gather_state, _gather_watch, _gather_set_outer, _gather_children)
from . import exceptions
from . import futures
from . import coroutines
from _types import _mark_iterable_coroutine

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'current_task', 'all_tasks', 'run_coroutine_threadsafe',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


# matches CPython: ensure_future() wraps an awaitable that is not a coroutine in a
# `@types.coroutine` generator, so the task's get_coro() is a generator.
_wrap_awaitable = _mark_iterable_coroutine(_wrap_awaitable)
_wrap_awaitable._is_coroutine = coroutines._is_coroutine


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancel `fut` and wait until it is really done."""
    loop = get_running_loop()
    waiter = loop.create_future()

    def _release(f):
        _release_waiter(waiter)

    fut.add_done_callback(_release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(_release)


async def wait_for(fut, timeout):
    """Wait for one awaitable with a timeout; on timeout cancel it and raise TimeoutError."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    # matches CPython: a partial, which a pending task's repr shows as
    # `_release_waiter(<Future ...>)() at .../tasks.py:431`.
    from functools import partial
    cb = partial(_release_waiter, waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `fs`; return (done, pending) sets."""
    if futures.isfuture(fs) or _is_coroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(_is_coroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _is_coroutine(obj):
    from _asyncio import iscoroutine
    return iscoroutine(obj)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Iterator of awaitables that yield the results in completion order."""
    if futures.isfuture(fs) or _is_coroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _GatheringFuture(futures.Future):
    """The future gather() returns; cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; the result list follows the argument order."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    arg_to_fut = {}
    # CPython's `_done_callback` closure, native (`_asyncio._gather_state`): the same checks
    # in the same order, without a script frame per finished child.
    state = _gather_state(children, return_exceptions)

    # Natively when every argument is a native future or a coroutine (identity-hashed, so
    # `arg_to_fut` is an address map); None means the loop below is needed.
    loop = _gather_children(state, children, coros_or_futures)
    if loop is None:
        for arg in coros_or_futures:
            if arg not in arg_to_fut:
                fut = _ensure_future(arg, loop=loop)
                if loop is None:
                    loop = fut.get_loop()
                arg_to_fut[arg] = fut
                _gather_watch(state, fut, arg)
            else:
                fut = arg_to_fut[arg]
            children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    _gather_set_outer(state, outer)
    return outer


def shield(arg):
    """Protect an awaitable from being cancelled by the awaiting task."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to `loop` from another thread; returns a concurrent.futures.Future."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


# The bodies of the native Task.get_stack / Task.print_stack (which check the arguments).
def _task_get_stack(self, *, limit=None):
    frames = []
    coro = self.get_coro()
    if hasattr(coro, 'cr_frame'):
        f = coro.cr_frame
    elif hasattr(coro, 'gi_frame'):
        f = coro.gi_frame
    elif hasattr(coro, 'ag_frame'):
        f = coro.ag_frame
    else:
        f = None
    # CPython reads `task._exception`: looking does not count as retrieving the exception.
    exc = self._exception
    if f is not None:
        while f is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(f)
            f = f.f_back
        frames.reverse()
    elif exc is not None:
        tb = exc.__traceback__
        while tb is not None:
            if limit is not None:
                if limit <= 0:
                    break
                limit -= 1
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(self, *, limit=None, file=None):
    import linecache
    import traceback
    extracted_list = []
    checked = set()
    for f in self.get_stack(limit=limit):
        lineno = f.f_lineno
        co = f.f_code
        filename = co.co_filename
        name = co.co_name
        if filename not in checked:
            checked.add(filename)
            linecache.checkcache(filename)
        line = linecache.getline(filename, lineno, f.f_globals)
        extracted_list.append((filename, lineno, name, line))
    # CPython reads `task._exception`: looking does not count as retrieving the exception.
    exc = self._exception
    # CPython 3.11 passes file=None straight on: the header and the exception lines go
    # through print() (stdout) while traceback.print_list() writes the frames to stderr.
    if not extracted_list:
        print(f'No stack for {self!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {self!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {self!r} (most recent call last):', file=file)
    traceback.print_list(extracted_list, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(exc.__class__, exc):
            print(line, file=file, end='')



class _SleepFrame:
    # The frame of CPython's `sleep` while its timer is pending, which the native sleep puts
    # in the traceback of an exception thrown into it (a cancellation).
    async def sleep(delay, result=None):
        return await future
        await __sleep0()


# CPython's generator `sleep(0)` awaits (its frame, too, shows in a traceback).
def __sleep0():
    yield


class _TaskFrames:
    # The frame of CPython's `create_task`, which the native one puts in the traceback of
    # what `loop.create_task` raised.
    def create_task(coro, *, name=None, context=None):
        if context is None:
            task = loop.create_task(coro)
        else:
            task = loop.create_task(coro, context=context)

    def ensure_future(coro_or_future, *, loop=None):
        return _ensure_future(coro_or_future, loop=loop)

    def _ensure_future(coro_or_future, *, loop=None):
        raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                        'is required')


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
wait_for.__doc__ = """Wait for the single Future or coroutine to complete, with timeout.

    Coroutine will be wrapped in Task.

    Returns result of the Future or coroutine.  When a timeout occurs,
    it cancels the task and raises TimeoutError.  To avoid the task
    cancellation, wrap it in shield().

    If the wait is cancelled, the task is also cancelled.

    This function is a coroutine.
    """
wait.__doc__ = """Wait for the Futures or Tasks given by fs to complete.

    The fs iterable must not be empty.

    Coroutines will be wrapped in Tasks.

    Returns two sets of Future: (done, pending).

    Usage:

        done, pending = await asyncio.wait(fs)

    Note: This does not raise TimeoutError! Futures that aren't done
    when the timeout occurs are returned in the second set.
    """
as_completed.__doc__ = """Return an iterator whose values are coroutines.

    When waiting for the yielded coroutines you'll get the results (or
    exceptions!) of the original Futures (or coroutines), in the order
    in which and as soon as they complete.

    This differs from PEP 3148; the proper way to use this is:

        for f in as_completed(fs):
            result = await f  # The 'await' may raise.
            # Use result.

    If a timeout is specified, the 'await' will raise
    TimeoutError when the timeout occurs before all Futures are done.

    Note: The futures 'f' are not necessarily members of fs.
    """
gather.__doc__ = """Return a future aggregating results from the given coroutines/futures.

    Coroutines will be wrapped in a future and scheduled in the event
    loop. They will not necessarily be scheduled in the same order as
    passed in.

    All futures must share the same event loop.  If all the tasks are
    done successfully, the returned future's result is the list of
    results (in the order of the original sequence, not necessarily
    the order of results arrival).  If *return_exceptions* is True,
    exceptions in the tasks are treated the same as successful
    results, and gathered in the result list; otherwise, the first
    raised exception will be immediately propagated to the returned
    future.

    Cancellation: if the outer Future is cancelled, all children (that
    have not completed yet) are also cancelled.  If any child is
    cancelled, this is treated as if it raised CancelledError --
    the outer Future is *not* cancelled in this case.  (This is to
    prevent the cancellation of one child to cause other children to
    be cancelled.)

    If *return_exceptions* is False, cancelling gather() after it
    has been marked done won't cancel any submitted awaitables.
    For instance, gather can be marked done after propagating an
    exception to the caller, therefore, calling ``gather.cancel()``
    after catching an exception (raised by one of the awaitables) from
    gather won't cancel any other awaitables.
    """
shield.__doc__ = """Wait for a future, shielding it from cancellation.

    The statement

        task = asyncio.create_task(something())
        res = await shield(task)

    is exactly equivalent to the statement

        res = await something()

    *except* that if the coroutine containing it is cancelled, the
    task running in something() is not cancelled.  From the POV of
    something(), the cancellation did not happen.  But its caller is
    still cancelled, so the yield-from expression still raises
    CancelledError.  Note: If something() is cancelled by other means
    this will still cancel shield().

    If you want to completely ignore cancellation (not recommended)
    you can combine shield() with a try/except clause, as follows:

        task = asyncio.create_task(something())
        try:
            res = await shield(task)
        except CancelledError:
            res = None

    Save a reference to tasks passed to this function, to avoid
    a task disappearing mid-execution. The event loop only keeps
    weak references to tasks. A task that isn't referenced elsewhere
    may get garbage collected at any time, even before it's done.
    """
run_coroutine_threadsafe.__doc__ = """Submit a coroutine object to a given event loop.

    Return a concurrent.futures.Future to access the result.
    """
