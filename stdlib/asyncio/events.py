"""Event loop access: the loop itself is native (_asyncio)."""

import sys
from _asyncio import (get_running_loop, _get_running_loop, get_event_loop, set_event_loop,
                      Handle, TimerHandle, SelectorEventLoop)
from _asyncio import new_event_loop as _new_event_loop


def new_event_loop():
    """A new event loop. As CPython's selector loop does, report the selector at DEBUG level
    on the `asyncio` logger (only visible once the script has configured logging)."""
    loop = _new_event_loop()
    logging = sys.modules.get('logging')
    if logging is not None:
        logging.getLogger('asyncio').debug('Using selector: %s', 'EpollSelector')
    return loop


__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle',
           'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop')


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
    """The default policy: per-thread loops, kept by the native runtime."""

    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    # CPython defines it in asyncio.unix_events (its repr and pickling name that module).
    __module__ = 'asyncio.unix_events'


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    """The current event loop policy (the default one unless another was set)."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the policy (None: the default). corio's loop functions do not consult a custom
    policy; it is kept so get_event_loop_policy() returns it."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy
