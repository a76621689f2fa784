"""Event loop access: the loop itself is native (_asyncio)."""

import sys
from _asyncio import (get_running_loop, _get_running_loop, _set_running_loop, get_event_loop,
                      Handle, TimerHandle, SelectorEventLoop, _log_at)
from _asyncio import set_event_loop as _set_thread_event_loop
from _asyncio import _policy_get_event_loop, _set_event_loop_policy


def set_event_loop(loop):
    """Equivalent to calling get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new event loop, from the current policy (CPython's `new_event_loop`)."""
    return get_event_loop_policy().new_event_loop()


def _selector_loop(factory):
    """A loop from `factory`; as CPython's selector loop does, report the selector at DEBUG
    level on the `asyncio` logger (only visible once the script has configured logging)."""
    loop = factory()
    # CPython's BaseSelectorEventLoop.__init__ record: its file, function and line (what a
    # format with %(filename)s, %(funcName)s or %(lineno)d shows), once logging is imported.
    _log_at('selector_events.py', '__init__', 54, 10, 'Using selector: %s', 'EpollSelector')
    return loop


__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_child_watcher', 'set_child_watcher', '_set_running_loop',
           'get_running_loop', '_get_running_loop')


class _AbstractLoopMeta(type):
    """The native loop does not derive from AbstractEventLoop; it still counts as one for
    isinstance() and issubclass(), as CPython's loops do."""

    def __instancecheck__(cls, obj):
        return cls in type(obj).__mro__ or isinstance(obj, SelectorEventLoop)

    def __subclasscheck__(cls, sub):
        return cls in getattr(sub, '__mro__', ()) or issubclass(sub, SelectorEventLoop)


class AbstractEventLoop(metaclass=_AbstractLoopMeta):
    """Abstract event loop (corio's loop is the native SelectorEventLoop)."""


class AbstractServer:
    """Abstract server returned by create_server()."""

    def close(self):
        """Stop serving.  This leaves existing connections open."""
        raise NotImplementedError

    def get_loop(self):
        """Get the event loop the Server object is attached to."""
        raise NotImplementedError

    def is_serving(self):
        """Return True if the server is accepting connections."""
        raise NotImplementedError

    async def start_serving(self):
        """Start accepting connections."""
        raise NotImplementedError

    async def serve_forever(self):
        """Start accepting connections until the coroutine is cancelled."""
        raise NotImplementedError

    async def wait_closed(self):
        """Coroutine to wait until service is closed."""
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _get_event_loop():
    return get_event_loop()


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: per-thread loops, kept by the native runtime; new loops come from
    `_loop_factory` (as in CPython, a subclass may set its own)."""

    _loop_factory = None

    def get_event_loop(self):
        return _policy_get_event_loop(self)

    def set_event_loop(self, loop):
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        _set_thread_event_loop(loop)

    def new_event_loop(self):
        return _selector_loop(self._loop_factory)


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    # CPython defines it in asyncio.unix_events (its repr and pickling name that module).
    __module__ = 'asyncio.unix_events'
    _loop_factory = SelectorEventLoop
    _watcher = None

    def get_child_watcher(self):
        """The watcher for child processes (a ThreadedChildWatcher unless one was set)."""
        if self._watcher is None:
            from . import unix_events
            self._watcher = unix_events.ThreadedChildWatcher()
        return self._watcher

    def set_child_watcher(self, watcher):
        from . import unix_events
        assert watcher is None or isinstance(watcher, unix_events.AbstractChildWatcher)
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = watcher


def get_child_watcher():
    """Equivalent to calling get_event_loop_policy().get_child_watcher()."""
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    """Equivalent to calling get_event_loop_policy().set_child_watcher(watcher)."""
    return get_event_loop_policy().set_child_watcher(watcher)


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    """The current event loop policy (the default one unless another was set)."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the policy (None: the default)."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy
    # The native get_event_loop() (and Future(), Task()... without a loop) asks a policy the
    # script set; the default one needs no call.
    _set_event_loop_policy(None if policy is None or type(policy) is _UnixDefaultEventLoopPolicy else policy)


class _HandleFrame:
    # The frame of CPython's `Handle._run` (Lib/asyncio/events.py), which the native loop
    # puts at the outer end of the traceback of an exception a callback raised.
    def _run(self):
        self._context.run(self._callback, *self._args)


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
new_event_loop.__doc__ = """Equivalent to calling get_event_loop_policy().new_event_loop()."""
AbstractEventLoop.__doc__ = """Abstract event loop."""
AbstractServer.start_serving.__doc__ = """Start accepting connections.

        This method is idempotent, so it can be called when
        the server is already being serving.
        """
AbstractServer.serve_forever.__doc__ = """Start accepting connections until the coroutine is cancelled.

        The server is closed when the coroutine is cancelled.
        """
AbstractEventLoopPolicy.get_event_loop.__doc__ = """Get the event loop for the current context.

        Returns an event loop object implementing the AbstractEventLoop interface,
        or raises an exception in case no event loop has been set for the
        current context and the current policy does not specify to create one.

        It should never return None."""
AbstractEventLoopPolicy.set_event_loop.__doc__ = """Set the event loop for the current context to loop."""
AbstractEventLoopPolicy.new_event_loop.__doc__ = """Create and return a new event loop object according to this
        policy's rules. If there's need to set this loop as the event loop for
        the current context, set_event_loop must be called explicitly."""
BaseDefaultEventLoopPolicy.__doc__ = """Default policy implementation for accessing the event loop.

    In this policy, each thread has its own event loop.  However, we
    only automatically create an event loop by default for the main
    thread; other threads by default have no event loop.

    Other policies may have different rules (e.g. a single global
    event loop, or automatically creating an event loop per thread, or
    using some other notion of context to which an event loop is
    associated).
    """
BaseDefaultEventLoopPolicy.get_event_loop.__doc__ = """Get the event loop for the current context.

        Returns an instance of EventLoop or raises an exception.
        """
BaseDefaultEventLoopPolicy.set_event_loop.__doc__ = """Set the event loop."""
BaseDefaultEventLoopPolicy.new_event_loop.__doc__ = """Create a new event loop.

        You must call set_event_loop() to make this the current event
        loop.
        """
set_child_watcher.__doc__ = """Equivalent to calling
    get_event_loop_policy().set_child_watcher(watcher)."""
get_event_loop_policy.__doc__ = """Get the current event loop policy."""
set_event_loop_policy.__doc__ = """Set the current event loop policy.

    If policy is None, the default policy is restored."""


class _PolicyFrames:
    # The frame of CPython's BaseDefaultEventLoopPolicy.get_event_loop refusing to make a
    # loop, which the native get_event_loop() (and Future(), ensure_future(), ... without
    # a loop) puts in the traceback.
    def get_event_loop(self):
        raise RuntimeError('There is no current event loop in thread %r.'
                           % threading.current_thread().name)
