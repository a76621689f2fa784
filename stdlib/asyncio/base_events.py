"""The event loop's executor methods (run_in_executor, set_default_executor,
shutdown_default_executor) and shutdown_asyncgens, written in Python over the native loop, as in CPython's
BaseEventLoop."""

from _asyncio import SelectorEventLoop
from _traceback import _hide_frames
from . import futures
from .events import AbstractEventLoop

__all__ = ('BaseEventLoop', 'Server')


# No frame of this loader shows in a traceback: CPython finds module attributes in C, and
# its AttributeError (with name and obj, for 'Did you mean') names only the caller's line.
@__import__('_traceback')._hide_frames
def __getattr__(name):
    # `Server` lives in streams, which `import asyncio` leaves to first use.
    if name == 'Server':
        from .streams import Server
        return Server
    import sys
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}", name=name, obj=sys.modules[__name__])


def __dir__():
    return sorted((set(globals()) - {'__getattr__', '__dir__'}) | {'Server'})


class BaseEventLoop(AbstractEventLoop):
    """CPython's base of its event loops; corio's native loop counts as one for isinstance()
    and issubclass() (through AbstractEventLoop's metaclass)."""

# Per-loop executor state; the native loop has no instance dict.
_default_executors = {}
_executor_shutdown_called = set()


def _check_default_executor(loop):
    if id(loop) in _executor_shutdown_called:
        raise RuntimeError('Executor shutdown has been called')


def run_in_executor(self, executor, func, *args):
    """Run `func(*args)` in `executor` (None: the loop's default thread pool); returns an
    asyncio Future."""
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if self.get_debug():
        self._check_callback(func, 'run_in_executor')
    if executor is None:
        _check_default_executor(self)
        executor = _default_executors.get(id(self))
        if executor is None:
            import concurrent.futures
            executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
            _default_executors[id(self)] = executor
    return futures.wrap_future(executor.submit(func, *args), loop=self)


def set_default_executor(self, executor):
    import concurrent.futures
    if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    _default_executors[id(self)] = executor


async def shutdown_default_executor(self):
    """Shut the default executor down, waiting for its threads in a helper thread so the loop
    keeps running meanwhile."""
    _executor_shutdown_called.add(id(self))
    executor = _default_executors.get(id(self))
    if executor is None:
        return
    import threading
    future = self.create_future()

    def _do_shutdown():
        try:
            executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    thread = threading.Thread(target=_do_shutdown)
    thread.start()
    try:
        await future
    finally:
        thread.join()


async def shutdown_asyncgens(self):
    """CPython's loop.shutdown_asyncgens(): aclose() every async generator still suspended."""
    closing_agens = self._take_asyncgens()
    if not closing_agens:
        return
    from . import tasks
    results = await tasks.gather(
        *[ag.aclose() for ag in closing_agens], return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            self.call_exception_handler({
                'message': f'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': result,
                'asyncgen': agen,
            })


_native_close = SelectorEventLoop.close


def close(self):
    """Close the loop; the default executor is shut down without waiting, as in CPython."""
    was_closed = self.is_closed()
    if not was_closed and not self.is_running() and self.get_debug():
        # matches CPython's BaseEventLoop.close: debug mode logs the loop about to close, a
        # DEBUG record from CPython's base_events.py:close once logging is imported (the
        # record names CPython's file, function and line, as its own would)
        import _asyncio
        _asyncio._log_at('base_events.py', 'close', 676, 10, 'Close %r', self)
    _native_close(self)
    if was_closed:
        return
    _executor_shutdown_called.discard(id(self))
    executor = _default_executors.pop(id(self), None)
    if executor is not None:
        executor.shutdown(wait=False)


def _asyncgen_firstiter_hook(self, agen):
    """The loop's firstiter hook, as sys.get_asyncgen_hooks() shows it while the loop runs
    (the loop applies it natively unless the script sets other hooks)."""
    self._register_asyncgen(agen)


def _asyncgen_finalizer_hook(self, agen):
    if not self.is_closed():
        self.call_soon_threadsafe(self.create_task, agen.aclose())


SelectorEventLoop._asyncgen_firstiter_hook = _asyncgen_firstiter_hook
SelectorEventLoop._asyncgen_finalizer_hook = _asyncgen_finalizer_hook
SelectorEventLoop.run_in_executor = run_in_executor
SelectorEventLoop.set_default_executor = set_default_executor
SelectorEventLoop.shutdown_default_executor = shutdown_default_executor
SelectorEventLoop.close = close
SelectorEventLoop.shutdown_asyncgens = shutdown_asyncgens

# matches CPython, where these are BaseEventLoop methods: a coroutine of theirs that is never
# awaited is reported as 'BaseEventLoop.shutdown_asyncgens'.
for _f in (run_in_executor, set_default_executor, shutdown_default_executor, close, shutdown_asyncgens,
           _asyncgen_firstiter_hook, _asyncgen_finalizer_hook):
    _f.__qualname__ = 'BaseEventLoop.' + _f.__name__
del _f


# ---- task factories (CPython's BaseEventLoop.set_task_factory / get_task_factory) ----

# id(loop) -> (loop, factory): the entry holds the loop, so its id is never reused while the
# factory is registered (CPython keeps the factory on the loop, even after close()).
_task_factories = {}
_native_create_task = SelectorEventLoop.create_task


def create_task(self, coro, *, name=None, context=None):
    """CPython's BaseEventLoop.create_task: a loop with a task factory calls
    `factory(loop, coro)` (with `context=` only when one is given), then names the task."""
    factory = _task_factories.get(id(self), (None, None))[1]
    if factory is None:
        return _native_create_task(self, coro, name=name, context=context)
    return _FactoryFrames.create_task(self, coro, factory, name, context)


# The dispatcher's frame never shows: the native create_task shows CPython's frame itself, and
# with a factory the one below does.
_hide_frames(create_task)
create_task.__qualname__ = 'BaseEventLoop.create_task'
_factory_create_task = create_task
del create_task


def _check_closed(loop):
    if loop.is_closed():
        raise RuntimeError('Event loop is closed')


class _FactoryFrames:
    def create_task(self, coro, factory, name, context):
        _check_closed(self)
        if context is None:
            task = factory(self, coro)
        else:
            task = factory(self, coro, context=context)
        if name is not None:
            try:
                set_name = task.set_name
            except AttributeError:
                pass
            else:
                set_name(name)
        return task


def set_task_factory(self, factory):
    if factory is not None and not callable(factory):
        raise TypeError('task factory must be a callable or None')
    if factory is None:
        _task_factories.pop(id(self), None)
        return
    _task_factories[id(self)] = (self, factory)
    # Installed on first use, so loops without a factory keep the native create_task.
    SelectorEventLoop.create_task = _factory_create_task


def get_task_factory(self):
    return _task_factories.get(id(self), (None, None))[1]


SelectorEventLoop.set_task_factory = set_task_factory
SelectorEventLoop.get_task_factory = get_task_factory


class _LoopFrames:
    # The frame of CPython's `BaseEventLoop.run_until_complete`, which the native loop puts in
    # the traceback of what the future raised (or of the loop stopping before it finished).
    def run_until_complete(self, future):
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()
        future = tasks.ensure_future(future, loop=self)
        self.run_forever()

    # CPython's `run_forever` and `_run_once` frames, between `run_until_complete` and a
    # callback's `Handle._run` in the traceback of a SystemExit or KeyboardInterrupt that
    # escapes the loop.
    def run_forever(self):
        self._run_once()

    def _run_once(self):
        handle._run()

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        task = tasks.Task(coro, loop=self, name=name, context=context)

    def _check_closed(self):
        raise RuntimeError('Event loop is closed')


def _reached_from(roots, targets, limit=20000):
    """The ids of `targets` that `roots` (the main module's globals at exit) reach through
    containers and instance attributes: what CPython frees only while it clears the module,
    after its collection of the cycles that nothing else reaches (see runtime/task.rs)."""
    want = {id(t) for t in targets}
    found = set()
    seen = set()
    stack = list(roots)
    while stack and len(seen) < limit:
        obj = stack.pop()
        key = id(obj)
        if key in seen:
            continue
        seen.add(key)
        if key in want:
            found.add(key)
            continue
        kind = type(obj)
        if kind in (str, bytes, int, float, bool, complex) or obj is None:
            continue
        if kind is dict:
            stack.extend(obj.values())
        elif kind in (list, tuple, set, frozenset) or kind.__name__ == 'deque':
            stack.extend(obj)
        elif not isinstance(obj, type) and type(obj).__name__ not in ('module', 'function'):
            try:
                attrs = object.__getattribute__(obj, '__dict__')
            except Exception:
                continue
            if type(attrs) is dict:
                stack.extend(attrs.values())
    return found
