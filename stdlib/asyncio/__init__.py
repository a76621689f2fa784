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
# Each has the real one's parameters and kind (plain or coroutine function), so
# `inspect.signature` and `iscoroutinefunction` answer as for CPython's methods.
def _load_loop_method(self, module, name):
    __import__('asyncio.' + module)
    return getattr(self, name)


def add_reader(self, fd, callback, *args):
    return _load_loop_method(self, 'loop_extras', 'add_reader')(fd, callback, *args)


def remove_reader(self, fd):
    return _load_loop_method(self, 'loop_extras', 'remove_reader')(fd)


def add_writer(self, fd, callback, *args):
    return _load_loop_method(self, 'loop_extras', 'add_writer')(fd, callback, *args)


def remove_writer(self, fd):
    return _load_loop_method(self, 'loop_extras', 'remove_writer')(fd)


async def sock_recvfrom_into(self, sock, buf, nbytes=0):
    return await _load_loop_method(self, 'loop_extras', 'sock_recvfrom_into')(sock, buf, nbytes)


async def sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=True):
    return await _load_loop_method(self, 'loop_extras', 'sock_sendfile')(sock, file, offset, count,
                                                             fallback=fallback)


async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                  ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    return await _load_loop_method(self, 'loop_extras', 'connect_accepted_socket')(
        protocol_factory, sock, ssl=ssl, ssl_handshake_timeout=ssl_handshake_timeout,
        ssl_shutdown_timeout=ssl_shutdown_timeout)


async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
    return await _load_loop_method(self, 'loop_extras', 'getaddrinfo')(host, port, family=family, type=type,
                                                           proto=proto, flags=flags)


async def getnameinfo(self, sockaddr, flags=0):
    return await _load_loop_method(self, 'loop_extras', 'getnameinfo')(sockaddr, flags)


async def sendfile(self, transport, file, offset=0, count=None, *, fallback=True):
    return await _load_loop_method(self, 'loop_extras', 'sendfile')(transport, file, offset, count,
                                                        fallback=fallback)


async def start_tls(self, transport, protocol, sslcontext, *, server_side=False,
                    server_hostname=None, ssl_handshake_timeout=None,
                    ssl_shutdown_timeout=None):
    return await _load_loop_method(self, 'loop_extras', 'start_tls')(
        transport, protocol, sslcontext, server_side=server_side,
        server_hostname=server_hostname, ssl_handshake_timeout=ssl_handshake_timeout,
        ssl_shutdown_timeout=ssl_shutdown_timeout)


async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                 server_hostname=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None):
    return await _load_loop_method(self, 'loop_extras', 'create_unix_connection')(
        protocol_factory, path, ssl=ssl, sock=sock, server_hostname=server_hostname,
        ssl_handshake_timeout=ssl_handshake_timeout, ssl_shutdown_timeout=ssl_shutdown_timeout)


async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
                             ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                             start_serving=True):
    return await _load_loop_method(self, 'loop_extras', 'create_unix_server')(
        protocol_factory, path, sock=sock, backlog=backlog, ssl=ssl,
        ssl_handshake_timeout=ssl_handshake_timeout, ssl_shutdown_timeout=ssl_shutdown_timeout,
        start_serving=start_serving)


async def create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None, *,
                                   family=0, proto=0, flags=0, reuse_port=None,
                                   allow_broadcast=None, sock=None):
    return await _load_loop_method(self, 'datagram', 'create_datagram_endpoint')(
        protocol_factory, local_addr, remote_addr, family=family, proto=proto, flags=flags,
        reuse_port=reuse_port, allow_broadcast=allow_broadcast, sock=sock)


for _cls, _fs in (('BaseSelectorEventLoop', (add_reader, remove_reader, add_writer, remove_writer,
                                             sock_recvfrom_into)),
                  ('BaseEventLoop', (getaddrinfo, getnameinfo, sendfile, start_tls,
                                     create_datagram_endpoint, sock_sendfile,
                                     connect_accepted_socket)),
                  ('_UnixSelectorEventLoop', (create_unix_connection, create_unix_server))):
    for _f in _fs:
        _f.__qualname__ = _cls + '.' + _f.__name__
        setattr(SelectorEventLoop, _f.__name__, _f)
        del globals()[_f.__name__]
del _cls, _fs, _f
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

# CPython 3.11's `asyncio.__all__`, in its order. As in 3.11, TaskGroup is exported as an
# attribute but not listed here.
__all__ = (
    'BaseEventLoop', 'Server', 'iscoroutinefunction', 'iscoroutine', 'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle', 'get_event_loop_policy',
    'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_child_watcher', 'set_child_watcher', '_set_running_loop', 'get_running_loop', '_get_running_loop', 'BrokenBarrierError', 'CancelledError',
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
    'all_tasks', '_register_task', '_unregister_task', '_enter_task', '_leave_task', 'to_thread', 'Timeout', 'timeout', 'timeout_at', 'BaseTransport',
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


# No frame of this loader shows in a traceback: CPython finds module attributes in C, and
# its AttributeError (with name and obj, for 'Did you mean') names only the caller's line.
@__import__('_traceback')._hide_frames
def __getattr__(name):
    module = _lazy_owner.get(name)
    if module is None:
        if name in _CPYTHON_ONLY:
            # A submodule CPython's package imports (and `sys`): loaded when first asked for.
            value = globals()[name] = __import__(name) if name == 'sys' else getattr(__import__(__name__ + '.' + name), name)
            return value
        if name in unix_events._CHILD_WATCHERS:
            value = globals()[name] = getattr(unix_events, name)
            return value
        import sys
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}", name=name, obj=sys.modules[__name__])
    _load(module)
    return globals()[name]


# What CPython's package holds that corio's loads only on use (its submodules and `sys`), and
# the helpers and submodules corio's has that CPython's does not: `dir(asyncio)` lists
# CPython's names.
_CPYTHON_ONLY = frozenset(('base_futures', 'base_subprocess', 'base_tasks', 'constants',
                           'format_helpers', 'log', 'mixins', 'sslproto', 'staggered', 'sys',
                           'trsock'))
_CORIO_ONLY = frozenset(('_LAZY_EXPORTS', '_LOAD_WITH', '__dir__', '__getattr__', '_lazy_owner',
                         '_load', '_load_loop_method', '_name_loop_methods', '_wrap_awaitable',
                         '_CPYTHON_ONLY', '_CORIO_ONLY', 'stream_protocols', 'stream_transport',
                         'loop_extras', 'datagram', 'child_watchers', 'unix_pipes'))


def __dir__():
    names = set(globals()) | set(_lazy_owner) | set(unix_events._CHILD_WATCHERS) | _CPYTHON_ONLY
    names.update(('__loader__', '__spec__'))
    return sorted(names - _CORIO_ONLY)


# The loop methods written in the language take the names CPython's classes give them
# (`BaseEventLoop.create_connection`, in asyncio.base_events).
__import__('_asyncio')._name_loop_methods(SelectorEventLoop)
