"""Streams: open_connection / start_server with StreamReader, StreamWriter and Server, on the
loop's native non-blocking sockets (loop._sock_connect/_sock_recv/_sock_accept).

StreamReader.read/readexactly and StreamWriter.write/drain are replaced by native fast paths
at the end of this module (src/runtime/native_streams.rs); for instances of exactly these
classes in their usual state they do what the Python methods below do, and anything else
(subclasses included) runs the Python methods."""

from _asyncio import SelectorEventLoop as _NativeLoop
from _weakref import new as _weak_new, get as _weak_get
from . import events
from . import exceptions
from .coroutines import iscoroutine

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
           'start_server', 'Server', 'open_unix_connection', 'start_unix_server')

_DEFAULT_LIMIT = 2 ** 16
_HIGH_WATER = 64 * 1024
_LOW_WATER = 16 * 1024
# CPython's constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES.
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5


def _log_warning(msg):
    """A warning on the `asyncio` logger (with no handlers configured, logging's last-resort
    handler prints the bare message on stderr)."""
    import sys
    logging = sys.modules.get('logging')
    if logging is not None:
        logging.getLogger('asyncio').warning(msg)
    else:
        sys.stderr.write(msg + '\n')


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect to (host, port); return a (StreamReader, StreamWriter) pair."""
    loop = events.get_running_loop()
    sock = kwds.get('sock')
    if sock is not None:
        if host is not None or port is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        # A socket.socket handed over: the stream takes its descriptor (sock is detached).
        sock = loop._adopt_socket(sock.detach(), False)
    else:
        sock = await loop._sock_connect(host, port)
    await _transport_made(loop, sock)
    return _client_streams(loop, sock, limit)


def _client_streams(loop, sock, limit, names=None):
    """The (reader, writer) pair of a client connection. The reader refers to its writer
    weakly (CPython's reader refers to the transport, not to the writer), so a writer the
    script drops is finalized and closes the connection, as CPython's StreamWriter.__del__
    does."""
    reader = StreamReader(limit=limit, loop=loop)
    reader._sock = sock
    writer = StreamWriter(sock, loop, reader)
    if names is not None:
        writer._names = names
    reader._transport = _weak_new(writer)
    return reader, writer


def _set_unless_cancelled(fut):
    if not fut.cancelled():
        fut.set_result(None)


async def _transport_made(loop, sock):
    """The loop iterations CPython's `_create_connection_transport` takes once connected: the
    transport schedules connection_made and its waiter's result, and the caller resumes when
    the waiter is set. A cancelled wait closes the connection, as CPython's does."""
    waiter = loop.create_future()
    loop.call_soon(_set_unless_cancelled, waiter)
    try:
        await waiter
    except BaseException:
        sock.close()
        raise


async def _one_resolve():
    pass


async def _await_future(fut):
    await fut


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Listen on (host, port); call client_connected_cb(reader, writer) for each client."""
    loop = events.get_running_loop()
    if isinstance(host, (list, tuple)):
        host = host[0]
    sock = kwds.get('sock')
    if sock is not None:
        if host is not None or port is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        # A listening socket.socket handed over: the server takes its descriptor.
        lsock = loop._adopt_socket(sock.detach(), True)
    else:
        # matches CPython's create_server, which resolves the host in a gather() of one
        # task per host before it makes the listening socket (a numeric host resolves at
        # once: three loop iterations).
        from .tasks import gather
        await gather(_one_resolve())
        lsock = loop._sock_listen(host, port)
    server = Server(loop, [lsock], client_connected_cb, limit)
    if kwds.get('start_serving', True):
        server._start_serving()
        # As CPython's loop.create_server(): one loop iteration passes before it returns.
        from .tasks import sleep
        await sleep(0)
    return server


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect to the Unix socket at path; return a (StreamReader, StreamWriter) pair."""
    loop = events.get_running_loop()
    sock = kwds.get('sock')
    import socket
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        import os
        path = os.fspath(path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
        try:
            sock.setblocking(False)
            await loop.sock_connect(sock, path)
        except BaseException:
            sock.close()
            raise
        _fresh_connects[path] = _fresh_connects.get(path, 0) + 1
        loop.call_soon(_connect_aged, path)
    else:
        if sock is None:
            raise ValueError('no path and sock were specified')
        if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)
    names = _socket_names(sock)
    sock = loop._adopt_socket(sock.detach(), False)
    await _transport_made(loop, sock)
    return _client_streams(loop, sock, limit, names)


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Listen on the Unix socket at path; call client_connected_cb(reader, writer) for each
    client (CPython's loop.create_unix_server under streams)."""
    loop = events.get_running_loop()
    sock = kwds.get('sock')
    backlog = kwds.get('backlog', 100)
    import socket
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        import os
        path = os.fspath(path)
        # matches CPython: a stale socket file left at path is removed first.
        if path[0] not in (0, '\x00'):
            try:
                if os.stat(path).st_mode & 0o170000 == 0o140000:  # stat.S_ISSOCK
                    os.remove(path)
            except FileNotFoundError:
                pass
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(path)
        except OSError as exc:
            sock.close()
            import errno
            if exc.errno == errno.EADDRINUSE:
                raise OSError(errno.EADDRINUSE, f'Address {path!r} is already in use') from None
            raise
        except BaseException:
            sock.close()
            raise
    else:
        if sock is None:
            raise ValueError('path was not specified, and no sock specified')
        if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
    sock.setblocking(False)
    server = _UnixServer(loop, [sock], client_connected_cb, limit)
    server._backlog = backlog
    if kwds.get('start_serving', True):
        server._start_serving()
        from .tasks import sleep
        await sleep(0)
    return server


# Unix connections this process made to each path during the current loop iteration. A
# Unix connect completes at once, where a server in CPython learns of it only at its next
# select; a server that accepts later in the same iteration treats these as not seen yet.
_fresh_connects = {}


def _connect_aged(path):
    n = _fresh_connects.get(path, 0) - 1
    if n > 0:
        _fresh_connects[path] = n
    else:
        _fresh_connects.pop(path, None)


def _later(loop, n, func, *args):
    """Call func(*args) n loop iterations from now."""
    if n <= 0:
        func(*args)
    else:
        loop.call_soon(_later, loop, n - 1, func, *args)


def _socket_names(sock):
    """The sockname/peername a CPython transport records when it is made."""
    names = {}
    for key, get in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
        try:
            names[key] = get()
        except OSError:
            names[key] = None
    return names


def _client_done_callback(loop, writer):
    # As CPython 3.11's StreamReaderProtocol.connection_made callback: a handler that fails is
    # reported through the loop's exception handler (so its exception counts as retrieved) and
    # the connection is closed. A cancelled handler makes task.exception() raise
    # CancelledError inside the callback, which the loop reports as "Exception in callback
    # StreamReaderProtocol.connection_made.<locals>.callback(...)" (3.12 checks cancelled()).
    def callback(task):
        exc = task.exception()
        if exc is not None:
            loop.call_exception_handler({
                'message': 'Unhandled exception in client_connected_cb',
                'exception': exc,
                'transport': writer.transport,
            })
            writer.close()
    callback.__qualname__ = 'StreamReaderProtocol.connection_made.<locals>.callback'
    return callback


class Server(events.AbstractServer):
    # CPython defines Server in asyncio.base_events.
    __module__ = 'asyncio.base_events'

    def __init__(self, loop, sockets, client_connected_cb, limit):
        self._loop = loop
        self._sockets = sockets
        self._cb = client_connected_cb
        self._limit = limit
        self._serving = False
        self._serving_forever_fut = None
        self._waiters = []
        # Set by loop.create_server(): accepted connections get a protocol and a transport
        # instead of a (reader, writer) pair.
        self._protocol_factory = None
        self._active_count = 0

    def __repr__(self):
        return f'<Server sockets={self.sockets!r}>'

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for lsock in self._sockets:
            self._accept_soon(lsock)

    def _accept_soon(self, lsock):
        fut = self._loop._sock_accept(lsock)
        fut.add_done_callback(lambda f: self._accepted(lsock, f))

    def _accepted(self, lsock, fut):
        # matches CPython's _accept_connection: once the listening socket is readable, every
        # connection already waiting (up to the backlog) is accepted in the same iteration.
        for _ in range(100):
            if self._sockets is None or fut.cancelled():
                return
            if fut.exception() is None:
                self._connection_accepted(fut.result()[0])
            fut = self._loop._sock_accept(lsock)
            if not fut.done():
                break
        fut.add_done_callback(lambda f: self._accepted(lsock, f))

    def _connection_accepted(self, sock):
        if self._protocol_factory is not None:
            from .selector_events import _accept_connection
            _accept_connection(self._loop, sock, self._protocol_factory, self)
            return
        self._accept_transport(sock)

    def _accept_transport(self, sock, names=None):
        # matches CPython's _accept_connection2 task (which takes a Task-N number): its step
        # makes the transport, whose connection_made starts the handler the iteration after.
        # Corio accepts one iteration after CPython, so that step's work is scheduled here.
        loop = self._loop
        waiter = loop.create_future()
        loop.call_soon(self._new_client, sock, names)
        loop.call_soon(_set_unless_cancelled, waiter)
        loop.create_task(_await_future(waiter))

    def _new_client(self, sock, names=None):
        if self._protocol_factory is not None:
            # loop.create_unix_server(): a transport and a protocol, not streams.
            from .selector_events import _accept_connection
            _accept_connection(self._loop, sock, self._protocol_factory, self)
            return
        reader = StreamReader(limit=self._limit, loop=self._loop)
        reader._sock = sock
        writer = StreamWriter(sock, self._loop, reader)
        if names is not None:
            writer._names = names
        res = self._cb(reader, writer)
        if iscoroutine(res):
            task = self._loop.create_task(res)
            task.add_done_callback(_client_done_callback(self._loop, writer))

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            sock.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def start_serving(self):
        self._start_serving()
        # As CPython: one loop iteration passes, so the listening sockets are polled.
        from .tasks import sleep
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class _UnixServer(Server):
    """A Server over listening `socket.socket`s (AF_UNIX): accepts when the descriptor is
    readable (loop._wait_fd) and hands each connection over to the loop."""

    _backlog = 100
    _watch = None

    def _start_serving(self):
        if self._serving:
            return
        for lsock in self._sockets:
            lsock.listen(self._backlog)
        super()._start_serving()

    def _accept_soon(self, lsock):
        fut, watch = self._loop._wait_fd(lsock.fileno(), False)
        self._watch = (fut, watch)
        fut.add_done_callback(lambda f: self._ready(lsock, f, watch))

    def _ready(self, lsock, fut, watch):
        watch.close()
        self._watch = None
        if self._sockets is None or fut.cancelled():
            return
        # matches CPython's _accept_connection: up to backlog connections per readiness.
        accepted = []
        for _ in range(self._backlog):
            try:
                conn, _ = lsock.accept()
            except OSError:
                # Nothing more to accept (BlockingIOError), or a refused one.
                break
            conn.setblocking(False)
            names = _socket_names(conn)
            accepted.append((self._loop._adopt_socket(conn.detach(), False), names))
        # CPython accepted in the iteration readiness was seen, one before this; connections
        # made since then would wait for its next select, two iterations later.
        fresh = _fresh_connects.get(names['sockname'], 0) if accepted else 0
        for i, (sock, names) in enumerate(accepted):
            late = i >= len(accepted) - fresh
            _later(self._loop, 2 if late else 0, self._accept_transport, sock, names)
        self._accept_soon(lsock)

    def close(self):
        pending = self._watch
        self._watch = None
        if pending is not None:
            pending[0].cancel()
            pending[1].close()
        super().close()


    @property
    def sockets(self):
        # matches CPython's Server.sockets: each listening socket wrapped afresh.
        if self._sockets is None:
            return ()
        return tuple(_PlainTransportSocket(s) for s in self._sockets)


# matches CPython, where a Unix server is a plain base_events.Server.
_UnixServer.__name__ = _UnixServer.__qualname__ = 'Server'


class _PlainTransportSocket:
    """CPython's `asyncio.trsock.TransportSocket` around a `socket.socket` (the listening
    sockets of a Unix server, which corio keeps as plain sockets): the read-only view with
    CPython's repr. The loop's own sockets use the native `TransportSocket`."""

    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    family = property(lambda self: self._sock.family)
    type = property(lambda self: self._sock.type)
    proto = property(lambda self: self._sock.proto)

    def __repr__(self):
        s = (f"<asyncio.TransportSocket fd={self.fileno()}, "
             f"family={self.family!s}, type={self.type!s}, proto={self.proto}")
        if self.fileno() != -1:
            try:
                laddr = self.getsockname()
                if laddr:
                    s = f"{s}, laddr={laddr}"
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s = f"{s}, raddr={raddr}"
            except OSError:
                pass
        return f"{s}>"

    def __getstate__(self):
        raise TypeError("Cannot serialize asyncio.TransportSocket object")

    def fileno(self):
        return self._sock.fileno()

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return self._sock.get_inheritable()

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def getsockbyname(self):
        return self._sock.getsockbyname()

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def gettimeout(self):
        return 0

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError('setblocking(): transport sockets cannot be blocking')


_PlainTransportSocket.__name__ = _PlainTransportSocket.__qualname__ = 'TransportSocket'
_PlainTransportSocket.__module__ = 'asyncio.trsock'


class StreamReader:
    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop if loop is not None else events.get_event_loop()
        # A bytearray, as CPython's: reads take bytes off its front in place.
        self._buffer = bytearray()
        self._eof = False
        self._exception = None
        self._sock = None
        self._waiter = None
        # The StreamWriter over the same connection (CPython's reader._transport), for repr.
        self._transport = None

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        writer = self._transport
        if writer is not None and not isinstance(writer, StreamWriter):
            if hasattr(writer, 'get_extra_info'):
                # a transport given by set_transport (StreamReaderProtocol)
                info.append(f'transport={writer!r}')
                writer = None
            else:
                writer = _weak_get(writer)
        if writer:
            info.append(f'transport={writer._transport_repr()}')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def set_exception(self, exc):
        self._exception = exc
        self._wakeup_waiter()

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if data:
            self._buffer.extend(data)
            self._wakeup_waiter()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    # A subprocess's pipe is closed once its end is read, as CPython's read-pipe transport
    # closes itself at EOF (a socket stays open: its writing half may still be in use).
    _close_at_eof = False

    def _reached_eof(self):
        self._eof = True
        if self._close_at_eof:
            self._sock.close()

    async def _fill(self, func_name='read'):
        """Read more bytes from the socket; False at EOF."""
        if self._exception is not None:
            raise self._exception
        if self._eof:
            return False
        if self._sock is None:
            # A reader fed by hand: wait, as CPython does, until feed_data(), feed_eof() or
            # set_exception() wakes us; the caller then looks at the buffer again.
            if self._waiter is not None:
                raise RuntimeError(
                    f'{func_name}() called while another coroutine is '
                    f'already waiting for incoming data')
            self._waiter = self._loop.create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
            if self._exception is not None:
                raise self._exception
            return True
        # Up to what CPython's socket transport reads per event (its max_size), whatever the
        # limit: the limit bounds lines, not reads.
        fut = self._loop._sock_recv(self._sock, max(self._limit, 262144))
        try:
            data = await fut
        except exceptions.CancelledError:
            # matches CPython: bytes the transport received before the task was cancelled
            # are in the buffer, for the next read.
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                data = fut.result()
                if data:
                    self._buffer.extend(data)
                else:
                    self._reached_eof()
            raise
        if not data:
            self._reached_eof()
            return False
        self._buffer.extend(data)
        return True

    async def read(self, n=-1):
        # matches CPython: a stored exception is raised before any buffered data is returned
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            while await self._fill():
                pass
            return self._take(len(self._buffer))
        if not self._buffer:
            await self._fill()
        return self._take(n)

    def _take(self, n):
        """The first `n` buffered bytes as bytes, removed from the buffer."""
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    async def readline(self):
        sep = b'\n'
        try:
            return await self.readuntil(sep)
        except exceptions.IncompleteReadError as e:
            return e.partial
        except exceptions.LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + len(sep)]
            else:
                self._buffer.clear()
            raise ValueError(e.args[0])

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            isep = self._buffer.find(separator, offset)
            if isep != -1:
                break
            offset = max(0, len(self._buffer) + 1 - seplen)
            if offset > self._limit:
                raise exceptions.LimitOverrunError(
                    'Separator is not found, and chunk exceed the limit', offset)
            if not await self._fill('readuntil'):
                raise exceptions.IncompleteReadError(self._take(len(self._buffer)), None)
        if isep > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', isep)
        return self._take(isep + seplen)

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if not await self._fill('readexactly'):
                raise exceptions.IncompleteReadError(self._take(len(self._buffer)), n)
        return self._take(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


class StreamWriter:
    def __new__(cls, *args, **kwargs):
        # CPython's signature, StreamWriter(transport, protocol, reader, loop), makes a writer
        # over a protocol's transport (stream_protocols.py); corio's socket streams pass
        # (sock, loop, reader).
        if cls is StreamWriter and len(args) + len(kwargs) == 4:
            cls = _TransportStreamWriter
        return object.__new__(cls)

    def __init__(self, sock, loop, reader=None, *transport_args):
        if transport_args:
            # corio's VM calls the __init__ of the class called rather than of the object
            # __new__ returned (CPython calls type(obj).__init__); hand over to it.
            _TransportStreamWriter.__init__(self, sock, loop, reader, *transport_args)
            return
        self._sock = sock
        self._loop = loop
        self._reader = reader
        self._pending = b''
        self._closing = False
        self._closed = False
        self._eof_requested = False
        self._waiting_writable = False
        self._drain_waiters = []
        self._closed_waiters = []
        self._names = None
        self._remember_names()
        # CPython's transport `_conn_lost`: counts writes after the connection was lost or
        # closed; from the fifth on each is logged. `_lost_exc`: the error that lost it.
        self._conn_lost = 0
        self._lost_exc = None
        self._fd = sock.fileno()
        if reader is not None:
            reader._transport = self

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport_repr()}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    def _transport_repr(self):
        """CPython's repr of the transport under this writer: a _SelectorSocketTransport, or
        the _UnixWritePipeTransport of a subprocess's stdin."""
        pipe = self._lost_write_message != StreamWriter._lost_write_message
        info = ['_UnixWritePipeTransport' if pipe else '_SelectorSocketTransport']
        if self._closed:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fd}')
        if not self._closed and not self._loop.is_closed():
            writing = 'polling' if self._pending else 'idle'
            if pipe:
                info.append(writing)
                info.append(f'bufsize={len(self._pending)}')
            else:
                reader = self._reader
                reading = not self._closing and not (reader is not None and reader._eof)
                reading = reading and not self.__dict__.get('_read_paused', False)
                info.append('read=polling' if reading else 'read=idle')
                info.append(f'write=<{writing}, bufsize={len(self._pending)}>')
        elif pipe:
            info.append('closed')
        return '<{}>'.format(' '.join(info))

    def __del__(self):
        # matches CPython 3.11's StreamWriter.__del__: a writer dropped before close() closes
        # its connection (the ResourceWarning is hidden by the default filters).
        if self._closing:
            return
        if self._reader is not None:
            # CPython's reader keeps showing (and holding) the transport.
            self._reader._transport = self
        import warnings
        if self._loop.is_closed():
            warnings.warn("loop is closed", ResourceWarning)
        else:
            self.close()
            warnings.warn(f"unclosed {self!r}", ResourceWarning)

    # What CPython's socket transport logs for writes after the connection is lost.
    _lost_write_message = 'socket.send() raised exception.'
    _pipe_file = None

    @property
    def transport(self):
        from .stream_transport import transport_of
        return transport_of(self, self._lost_write_message != StreamWriter._lost_write_message)

    def write(self, data):
        if isinstance(data, memoryview):
            data = bytes(data)
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._eof_requested:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                _log_warning(self._lost_write_message)
            self._conn_lost += 1
            return
        data = bytes(data)
        if self._pending:
            self._pending += data
            return
        try:
            n = self._sock.send(data)
        except OSError as exc:
            self._fatal(exc)
            return
        if n < len(data):
            self._pending = data[n:]
            self._wait_writable()

    def writelines(self, data):
        # As CPython's WriteTransport.writelines: the chunks are joined first, so a chunk that
        # is no bytes-like object fails the call with nothing written.
        self.write(b''.join(data))

    def _wait_writable(self):
        if self._waiting_writable:
            return
        self._waiting_writable = True
        self._loop._sock_writable(self._sock).add_done_callback(self._on_writable)

    def _on_writable(self, fut):
        self._waiting_writable = False
        if self._closed or not self._pending:
            return
        try:
            n = self._sock.send(self._pending)
        except OSError as exc:
            self._fatal(exc)
            return
        self._pending = self._pending[n:]
        if self._pending:
            self._wait_writable()
        if len(self._pending) <= _LOW_WATER:
            self._wake_drainers()
        if not self._pending:
            if self._eof_requested:
                self._sock.shutdown_write()
            if self._closing:
                self._conn_lost += 1
                self._loop.call_soon(self._do_close)

    def _wake_drainers(self, exc=None):
        waiters = self._drain_waiters
        self._drain_waiters = []
        for w in waiters:
            if not w.done():
                if exc is None:
                    w.set_result(None)
                else:
                    w.set_exception(exc)

    def _fatal(self, exc):
        # matches CPython's _force_close(exc): the buffer is dropped and connection_lost(exc)
        # runs in the next iteration (here _do_close), which hands exc to the reader, the
        # drain waiters and wait_closed().
        if self._conn_lost:
            return
        self._pending = b''
        self._closing = True
        self._conn_lost += 1
        self._lost_exc = exc
        self._lost_tb = exc.__traceback__
        self._loop.call_soon(self._do_close)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._closing:
            # CPython yields once so a closed connection is noticed (connection_lost), then
            # its protocol's drain helper refuses a lost connection.
            from .tasks import sleep
            await sleep(0)
            if self._closed:
                raise ConnectionResetError('Connection lost')
            return
        if len(self._pending) > _HIGH_WATER:
            waiter = self._loop.create_future()
            self._drain_waiters.append(waiter)
            await waiter

    def can_write_eof(self):
        return True

    def write_eof(self):
        self._eof_requested = True
        if not self._pending:
            self._sock.shutdown_write()

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        if not self._pending:
            self._conn_lost += 1
            self._loop.call_soon(self._do_close)

    def abort(self):
        # CPython's _force_close(None): pending data is dropped.
        if self._conn_lost:
            return
        self._pending = b''
        self._closing = True
        self._conn_lost += 1
        self._loop.call_soon(self._do_close)

    def get_write_buffer_size(self):
        return len(self._pending)

    def get_write_buffer_limits(self):
        return (_LOW_WATER, _HIGH_WATER)

    def is_reading(self):
        return not self._closing

    def _do_close(self):
        if self._closed:
            return
        self._closed = True
        exc = self._lost_exc
        reader = self._reader
        if exc is not None:
            self._wake_drainers(exc)
            if reader is not None:
                reader.set_exception(exc)
        unread = self._take_unread() if exc is None else None
        if unread is not None and reader is not None and reader._exception is None:
            data, eof = unread
            if data:
                reader._buffer.extend(data)
            if eof:
                reader._eof = True
        if exc is None and reader is not None and reader._exception is None:
            # matches CPython's connection_lost(None): the reader is fed EOF.
            reader.feed_eof()
        self._sock.close()
        waiters = self._closed_waiters
        self._closed_waiters = []
        for w in waiters:
            if not w.done():
                if exc is None:
                    w.set_result(None)
                else:
                    w.set_exception(exc)

    async def wait_closed(self):
        if self._closed:
            # matches CPython: the close waiter keeps the error that lost the connection.
            if self._lost_exc is not None:
                raise self._lost_exc.with_traceback(self._lost_tb)
            return
        waiter = self._loop.create_future()
        self._closed_waiters.append(waiter)
        await waiter

    def _remember_names(self):
        # CPython's transport records sockname/peername when it is made, so they stay
        # available once the connection is shut down or closed.
        if self._names is None:
            names = {}
            for key, get in (('sockname', self._sock.getsockname), ('peername', self._sock.getpeername)):
                try:
                    names[key] = get()
                except OSError:
                    names[key] = None
            self._names = names
        return self._names

    def get_extra_info(self, name, default=None):
        if self._lost_write_message != StreamWriter._lost_write_message:
            # A subprocess's stdin: CPython's pipe transport knows only its 'pipe', the
            # Popen's unbuffered file object (here one that leaves the descriptor to the
            # writer).
            if name != 'pipe':
                return default
            if self._pipe_file is None:
                self._pipe_file = open(self._fd, 'wb', buffering=0, closefd=False)
            return self._pipe_file
        if name == 'socket':
            return self._sock
        if name == 'peername' or name == 'sockname':
            return self._remember_names()[name]
        return default


def _fill_done(reader, data, n, exactly):
    """The rest of read(n) (exactly=False) or readexactly(n) after the native fast path's
    `await self._fill()` received `data` from the socket (b'' at EOF): the result, or None
    when readexactly needs more bytes."""
    if not data:
        reader._reached_eof()
        if exactly:
            raise exceptions.IncompleteReadError(reader._take(len(reader._buffer)), n)
    else:
        reader._buffer.extend(data)
        if exactly and len(reader._buffer) < n:
            return None
    return reader._take(n)


_NativeLoop._use_native_streams(StreamReader, StreamWriter, _fill_done, _HIGH_WATER)

from .stream_protocols import FlowControlMixin, StreamReaderProtocol, _transport_writer_class
_TransportStreamWriter = _transport_writer_class(StreamWriter)


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
open_connection.__doc__ = """A wrapper for create_connection() returning a (reader, writer) pair.

    The reader returned is a StreamReader instance; the writer is a
    StreamWriter instance.

    The arguments are all the usual arguments to create_connection()
    except protocol_factory; most common are positional host and port,
    with various optional keyword arguments following.

    Additional optional keyword arguments are loop (to set the event loop
    instance to use) and limit (to set the buffer limit passed to the
    StreamReader).

    (If you want to customize the StreamReader and/or
    StreamReaderProtocol classes, just copy the code -- there's
    really nothing special here except some convenience.)
    """
start_server.__doc__ = """Start a socket server, call back for each client connected.

    The first parameter, `client_connected_cb`, takes two parameters:
    client_reader, client_writer.  client_reader is a StreamReader
    object, while client_writer is a StreamWriter object.  This
    parameter can either be a plain callback function or a coroutine;
    if it is a coroutine, it will be automatically converted into a
    Task.

    The rest of the arguments are all the usual arguments to
    loop.create_server() except protocol_factory; most common are
    positional host and port, with various optional keyword arguments
    following.  The return value is the same as loop.create_server().

    Additional optional keyword argument is limit (to set the buffer
    limit passed to the StreamReader).

    The return value is the same as loop.create_server(), i.e. a
    Server object which can be used to stop the service.
    """
StreamReader.at_eof.__doc__ = """Return True if the buffer is empty and 'feed_eof' was called."""
StreamReader.readline.__doc__ = """Read chunk of data from the stream until newline (b'\n') is found.

        On success, return chunk that ends with newline. If only partial
        line can be read due to EOF, return incomplete line without
        terminating newline. When EOF was reached while no bytes read, empty
        bytes object is returned.

        If limit is reached, ValueError will be raised. In that case, if
        newline was found, complete line including newline will be removed
        from internal buffer. Else, internal buffer will be cleared. Limit is
        compared against part of the line without newline.

        If stream was paused, this function will automatically resume it if
        needed.
        """
StreamReader.readuntil.__doc__ = """Read data from the stream until ``separator`` is found.

        On success, the data and separator will be removed from the
        internal buffer (consumed). Returned data will include the
        separator at the end.

        Configured stream limit is used to check result. Limit sets the
        maximal length of data that can be returned, not counting the
        separator.

        If an EOF occurs and the complete separator is still not found,
        an IncompleteReadError exception will be raised, and the internal
        buffer will be reset.  The IncompleteReadError.partial attribute
        may contain the separator partially.

        If the data cannot be read because of over limit, a
        LimitOverrunError exception  will be raised, and the data
        will be left in the internal buffer, so it can be read again.
        """
StreamWriter.__doc__ = """Wraps a Transport.

    This exposes write(), writelines(), [can_]write_eof(),
    get_extra_info() and close().  It adds drain() which returns an
    optional Future on which you can wait for flow control.  It also
    adds a transport property which references the Transport
    directly.
    """
