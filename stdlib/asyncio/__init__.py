"""The asyncio package: corio's native event loop, futures and tasks (_asyncio) plus the
script-level combinators, synchronization primitives and queues.

The modules every `asyncio.run()` needs are imported here. The others (locks and queues,
protocols, streams, subprocesses, task groups, timeouts, threads) load on first use through
the module `__getattr__` (PEP 562), so `import asyncio` stays cheap for a script that only
runs coroutines; once loaded, their names sit in this module as `from .x import *` would put
them."""

from .exceptions import *
from .events import *
from .futures import *
from .coroutines import *
from .tasks import *
from .runners import *
from .transports import *
from . import base_events
from .base_events import BaseEventLoop
from . import unix_events
from . import selector_events
from .events import DefaultEventLoopPolicy, SelectorEventLoop

# Loop methods written in modules that import socket and collections (loop_extras, datagram):
# the loop gets stand-ins that load the module, which installs the real methods, on first call.
_LAZY_LOOP_METHODS = {
    'loop_extras': ('add_reader', 'remove_reader', 'add_writer', 'remove_writer',
                    'sock_recvfrom_into', 'sock_sendfile', 'connect_accepted_socket',
                    'getaddrinfo', 'getnameinfo', 'sendfile', 'start_tls',
                    'create_unix_connection', 'create_unix_server'),
    'datagram': ('create_datagram_endpoint',),
}


def _lazy_loop_method(module, name):
    def method(self, *args, **kwargs):
        __import__('asyncio.' + module)
        return getattr(self, name)(*args, **kwargs)
    method.__name__ = method.__qualname__ = name
    return method


for _module, _names in _LAZY_LOOP_METHODS.items():
    for _name in _names:
        setattr(SelectorEventLoop, _name, _lazy_loop_method(_module, _name))
from .tasks import _wrap_awaitable
from . import exceptions, events, futures, tasks, runners, transports

# The names each lazily loaded submodule exports (its `__all__`); the table is checked against
# the modules themselves by tests/cases/async/asyncio_namespace.py.
_LAZY_EXPORTS = {
    'locks': ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier'),
    'queues': ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty'),
    'protocols': ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
                  'BufferedProtocol'),
    'streams': ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
                'start_server', 'Server', 'open_unix_connection', 'start_unix_server'),
    'subprocess': ('create_subprocess_exec', 'create_subprocess_shell'),
    'taskgroups': ('TaskGroup',),
    'timeouts': ('Timeout', 'timeout', 'timeout_at'),
    'threads': ('to_thread',),
}
# Modules that load together: queues installs the native Queue, Lock and Event methods, so a
# script that only uses asyncio.Lock gets them as well.
_LOAD_WITH = {'locks': ('locks', 'queues'), 'queues': ('locks', 'queues')}

_lazy_owner = {}
for _module, _names in _LAZY_EXPORTS.items():
    _lazy_owner[_module] = _module
    for _name in _names:
        _lazy_owner[_name] = _module
del _module, _names, _name

# CPython 3.11's `asyncio.__all__`, in its order, less the names corio does not provide
# (the task registry hooks). As in 3.11, TaskGroup is exported as an
# attribute but not listed here.
__all__ = (
    'BaseEventLoop', 'Server', 'iscoroutinefunction', 'iscoroutine', 'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle', 'get_event_loop_policy',
    'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_child_watcher', 'set_child_watcher', 'get_running_loop', '_get_running_loop', 'BrokenBarrierError', 'CancelledError',
    'InvalidStateError', 'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
    'SendfileNotAvailableError', 'Future', 'wrap_future', 'isfuture', 'Lock', 'Event',
    'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier', 'BaseProtocol', 'Protocol',
    'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol', 'Runner', 'run', 'Queue',
    'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty', 'StreamReader', 'StreamWriter',
    'StreamReaderProtocol', 'open_connection', 'start_server', 'open_unix_connection',
    'start_unix_server',
    'create_subprocess_exec', 'create_subprocess_shell', 'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed',
    'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe', 'current_task',
    'all_tasks', 'to_thread', 'Timeout', 'timeout', 'timeout_at', 'BaseTransport',
    'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport', 'SubprocessTransport',
    'SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
    'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher', 'DefaultEventLoopPolicy',
)


def _load(module):
    """Import a lazily loaded submodule (and its companions) and bind its exports here."""
    namespace = globals()
    for name in _LOAD_WITH.get(module, (module,)):
        if name not in namespace:
            __import__(__name__ + '.' + name)
        sub = namespace[name]
        for export in _LAZY_EXPORTS[name]:
            namespace[export] = getattr(sub, export)


def __getattr__(name):
    module = _lazy_owner.get(name)
    if module is None:
        if name in unix_events._CHILD_WATCHERS:
            value = globals()[name] = getattr(unix_events, name)
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _load(module)
    return globals()[name]


def __dir__():
    return sorted(set(globals()) | set(_lazy_owner) | set(unix_events._CHILD_WATCHERS))
