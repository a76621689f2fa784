"""loop.add_signal_handler / remove_signal_handler, as in CPython's unix_events: the signal's
Python-level handler is a no-op, and the loop learns of the signal from the wake-up pipe on its
reactor (loop._watch_signals), then schedules the callback with call_soon."""

from _asyncio import SelectorEventLoop
from .coroutines import iscoroutine, iscoroutinefunction

# Per-loop state; the native loop has no instance dict.
_signal_handlers = {}   # id(loop) -> {signum: (callback, args)}
_watches = {}           # id(loop) -> the loop's watch of the wake-up pipe


def _sighandler_noop(signum, frame):
    """Dummy signal handler: the loop runs the real callback."""


def _check_signal(sig):
    import signal  # imported on first use: its Signals enum is costly to build at start-up
    if not isinstance(sig, int):
        raise TypeError(f'sig must be an int, not {sig!r}')
    if sig not in signal.valid_signals():
        raise ValueError(f'invalid signal number {sig}')


def _stop_watching(loop):
    watch = _watches.pop(id(loop), None)
    if watch is not None:
        watch.stop()


def add_signal_handler(self, sig, callback, *args):
    """Call `callback(*args)` from the loop whenever signal `sig` arrives."""
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    _check_signal(sig)
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if id(self) not in _watches:
        _watches[id(self)] = self._watch_signals()
    handlers = _signal_handlers.setdefault(id(self), {})
    handlers[sig] = (callback, args)
    import errno, signal
    try:
        signal.signal(sig, _sighandler_noop)
    except OSError as exc:
        del handlers[sig]
        if not handlers:
            _stop_watching(self)
        if exc.errno == errno.EINVAL:
            raise RuntimeError(f'sig {sig:d} cannot be caught')
        raise


def _handle_signal(self, sig):
    entry = _signal_handlers.get(id(self), {}).get(sig)
    if entry is not None:
        callback, args = entry
        self.call_soon(callback, *args)


def remove_signal_handler(self, sig):
    """Remove the handler of `sig`; return whether there was one."""
    _check_signal(sig)
    handlers = _signal_handlers.get(id(self), {})
    if sig not in handlers:
        return False
    del handlers[sig]
    import errno, signal
    handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
    try:
        signal.signal(sig, handler)
    except OSError as exc:
        if exc.errno == errno.EINVAL:
            raise RuntimeError(f'sig {sig:d} cannot be caught')
        raise
    if not handlers:
        _stop_watching(self)
    return True


_previous_close = SelectorEventLoop.close


def close(self):
    """Close the loop, removing its signal handlers first (as CPython does)."""
    if not self.is_running():
        for sig in list(_signal_handlers.get(id(self), ())):
            self.remove_signal_handler(sig)
        _signal_handlers.pop(id(self), None)
    _previous_close(self)


SelectorEventLoop.add_signal_handler = add_signal_handler
SelectorEventLoop.remove_signal_handler = remove_signal_handler
# Methods of CPython's _UnixSelectorEventLoop (argument errors name them so).
add_signal_handler.__qualname__ = '_UnixSelectorEventLoop.add_signal_handler'
remove_signal_handler.__qualname__ = '_UnixSelectorEventLoop.remove_signal_handler'
SelectorEventLoop._handle_signal = _handle_signal
SelectorEventLoop.close = close


# ---- protocol-based subprocesses and pipes (their modules load on first use) ----

async def subprocess_shell(self, protocol_factory, cmd, *, stdin=-1, stdout=-1, stderr=-1,
                           universal_newlines=False, shell=True, bufsize=0,
                           encoding=None, errors=None, text=None, **kwargs):
    """Run `cmd` through /bin/sh with a SubprocessProtocol; return (transport, protocol)."""
    from . import base_subprocess
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if not shell:
        raise ValueError("shell must be True")
    base_subprocess._check_popen_options(False, bufsize, text, encoding, errors)
    protocol = protocol_factory()
    transport = await base_subprocess._make_subprocess_transport(
        self, protocol, cmd, True, stdin, stdout, stderr, bufsize, **kwargs)
    return transport, protocol


async def subprocess_exec(self, protocol_factory, program, *args, stdin=-1, stdout=-1,
                          stderr=-1, universal_newlines=False, shell=False, bufsize=0,
                          encoding=None, errors=None, text=None, **kwargs):
    """Start `program` with `args` and a SubprocessProtocol; return (transport, protocol)."""
    from . import base_subprocess
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if shell:
        raise ValueError("shell must be False")
    base_subprocess._check_popen_options(False, bufsize, text, encoding, errors)
    popen_args = (program,) + args
    protocol = protocol_factory()
    transport = await base_subprocess._make_subprocess_transport(
        self, protocol, popen_args, False, stdin, stdout, stderr, bufsize, **kwargs)
    return transport, protocol


async def connect_read_pipe(self, protocol_factory, pipe):
    """Register the read end of `pipe` with the loop; return (transport, protocol)."""
    return await _connect_pipe(self, protocol_factory, pipe, False)


async def connect_write_pipe(self, protocol_factory, pipe):
    """Register the write end of `pipe` with the loop; return (transport, protocol)."""
    return await _connect_pipe(self, protocol_factory, pipe, True)


async def _connect_pipe(loop, protocol_factory, pipe, writing):
    from . import unix_pipes
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport_class = unix_pipes._UnixWritePipeTransport if writing else unix_pipes._UnixReadPipeTransport
    transport = transport_class(loop, loop._adopt_pipe(pipe.fileno(), writing), pipe, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


SelectorEventLoop.subprocess_shell = subprocess_shell
SelectorEventLoop.subprocess_exec = subprocess_exec
SelectorEventLoop.connect_read_pipe = connect_read_pipe
SelectorEventLoop.connect_write_pipe = connect_write_pipe


_CHILD_WATCHERS = ('AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
                   'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher')


# No frame of this loader shows in a traceback: CPython finds module attributes in C, and
# its AttributeError (with name and obj, for 'Did you mean') names only the caller's line.
@__import__('_traceback')._hide_frames
def __getattr__(name):
    # The child watchers live in asyncio.child_watchers, loaded on first use.
    if name in _CHILD_WATCHERS:
        import sys
        module = sys.modules.get('asyncio.child_watchers')
        if module is None:
            __import__('asyncio.child_watchers')
            module = sys.modules['asyncio.child_watchers']
            # CPython's asyncio has no such submodule: keep it out of the package namespace.
            vars(sys.modules['asyncio']).pop('child_watchers', None)
        value = globals()[name] = getattr(module, name)
        return value
    import sys
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}", name=name, obj=sys.modules[__name__])
