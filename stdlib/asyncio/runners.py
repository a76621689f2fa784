"""asyncio.run() and Runner: run a coroutine on a fresh loop, then cancel what is left."""

import _asyncio
import _contextvars
import _signal

from . import coroutines
from . import events
from . import exceptions
from . import tasks

__all__ = ('Runner', 'run')

# Linux's signal number (`signal` itself pulls in enum, which asyncio does not load).
_SIGINT = 2


class Runner:
    """A context manager that owns one event loop for several run() calls."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if events._get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
            if context is None and _contextvars._in_use():
                # The copy of the (then empty) context current when the runner started.
                context = self._context = _contextvars.Context()
        task = self._loop.create_task(coro, context=context)
        sigint_handler = self._catch_sigint(task)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except exceptions.CancelledError:
            # Ctrl-C cancelled the main task: once the task has taken that cancellation
            # back out of its count, it surfaces as KeyboardInterrupt (CPython 3.11).
            if self._interrupt_count > 0 and task.uncancel() == 0:
                raise KeyboardInterrupt()
            raise
        except (KeyboardInterrupt, SystemExit):
            # A pending main task is cancelled with the others by close(), as CPython's
            # _cancel_all_tasks does (an error it ends with is reported, not raised).
            _consume_exit_exception(task)
            raise
        finally:
            if context is None and self._context is None:
                # No context was in use: the task made its own copy when its first step set
                # a variable; later run() calls share that one, as CPython's runner context.
                self._context = _asyncio._task_context(task)
            if sigint_handler is not None and _signal.getsignal(_SIGINT) is sigint_handler:
                _signal.signal(_SIGINT, _signal.default_int_handler)

    def _catch_sigint(self, task):
        """While run() runs in the main thread with Python's default Ctrl-C handler, the
        first Ctrl-C cancels the main task instead of raising KeyboardInterrupt wherever the
        program happens to be; a second one raises it."""
        if _signal.getsignal(_SIGINT) is not _signal.default_int_handler:
            return None

        def on_sigint(signum, frame):
            self._interrupt_count += 1
            if self._interrupt_count == 1 and not task.done():
                task.cancel()
                # The loop may be asleep in select(): give it something to do.
                self._loop.call_soon_threadsafe(_nothing)
                return
            raise KeyboardInterrupt()

        try:
            _signal.signal(_SIGINT, on_sigint)
        except ValueError:
            # Not the main thread.
            return None
        return on_sigint

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            events.set_event_loop(self._loop)
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        # As CPython: every run() without context= runs in one copy of the context current
        # when the runner started (while no context was ever used, that copy is empty and is
        # made by run() when first needed).
        if _contextvars._in_use():
            self._context = _contextvars.copy_context()
        self._state = 'initialized'


def _nothing():
    pass


def _consume_exit_exception(task):
    """A task that raised KeyboardInterrupt/SystemExit is never reported as "exception was
    never retrieved": CPython's `_run_until_complete_cb` calls `fut.exception()` on it when the
    loop next runs (during shutdown)."""
    if task.done() and not task.cancelled():
        task.exception()


def run(main, *, debug=None):
    """Execute the coroutine and return the result (CPython 3.11's asyncio.run)."""
    if events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = _asyncio._pending_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
Runner.__doc__ = """A context manager that controls event loop life cycle.

    The context manager always creates a new event loop,
    allows to run async functions inside it,
    and properly finalizes the loop at the context manager exit.

    If debug is True, the event loop will be run in debug mode.
    If loop_factory is passed, it is used for new event loop creation.

    asyncio.run(main(), debug=True)

    is a shortcut for

    with asyncio.Runner(debug=True) as runner:
        runner.run(main())

    The run() method can be called multiple times within the runner's context.

    This can be useful for interactive console (e.g. IPython),
    unittest runners, console tools, -- everywhere when async code
    is called from existing sync framework and where the preferred single
    asyncio.run() call doesn't work.

    """
Runner.close.__doc__ = """Shutdown and close event loop."""
Runner.get_loop.__doc__ = """Return embedded event loop."""
Runner.run.__doc__ = """Run a coroutine inside the embedded event loop."""
run.__doc__ = """Execute the coroutine and return the result.

    This function runs the passed coroutine, taking care of
    managing the asyncio event loop and finalizing asynchronous
    generators.

    This function cannot be called when another asyncio event loop is
    running in the same thread.

    If debug is True, the event loop will be run in debug mode.

    This function always creates a new event loop and closes it at the end.
    It should be used as a main entry point for asyncio programs, and should
    ideally only be called once.

    Example:

        async def main():
            await asyncio.sleep(1)
            print('hello')

        asyncio.run(main())
    """
