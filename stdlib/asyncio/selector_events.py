"""Protocol-based networking: loop.create_connection() and loop.create_server() with a
protocol factory, and the socket transport driving the protocol, written over the native loop's
non-blocking sockets (loop._sock_connect/_sock_listen/_sock_recv/_sock_writable). The callback
order follows CPython's _SelectorSocketTransport: connection_made, then data_received calls,
then eof_received, then connection_lost."""

from _asyncio import SelectorEventLoop
from . import exceptions
from . import transports
from .base_events import BaseEventLoop

# CPython's loop class derives from BaseSelectorEventLoop (and so from BaseEventLoop and
# AbstractEventLoop): made natively, and made the native loop class's base.
BaseSelectorEventLoop = __import__('_asyncio')._loop_base_classes(BaseEventLoop)


class _SelectorSocketTransport(transports._SelectorTransportMixin, transports._ReadingMixin,
                               transports._FlowControlMixin, transports.Transport):
    __slots__ = ('_sock', '_protocol', '_server', '_buffer', '_closing', '_eof',
                 '_conn_lost', '_paused', '_held', '_read_fut', '_writing', '_protocol_connected',
                 '_fileno', '_polling')

    def __init__(self, loop, sock, protocol, waiter=None, server=None):
        extra = {'socket': sock}
        for key, get in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            try:
                extra[key] = get()
            except OSError:
                extra[key] = None
        super().__init__(extra, loop)
        self._sock = sock
        self._fileno = sock.fileno()
        self._polling = False
        self._protocol = protocol
        self._protocol_connected = True
        self._server = server
        self._buffer = bytearray()
        self._closing = False
        self._eof = False
        self._conn_lost = 0
        self._paused = False
        self._held = None
        self._read_fut = None
        self._writing = False
        if server is not None:
            server._attach()
        # As CPython: connection_made first, then reading starts, then the waiter is woken.
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    _read_error_message = 'Fatal read error on socket transport'

    def __repr__(self):
        info = self._repr_info()
        # As CPython: a closed transport (its loop let go) shows no read/write state.
        if self._sock is not None and not self._loop.is_closed():
            info.append('read=polling' if self._polling else 'read=idle')
            state = 'polling' if self._writing else 'idle'
            info.append(f'write=<{state}, bufsize={self.get_write_buffer_size()}>')
        return '<{}>'.format(' '.join(info))

    # ---- reading (the shared path is transports._ReadingMixin) ----

    def _deliver(self, data):
        if data:
            self._read_ready__data_received(data)
        else:
            self._read_ready__on_eof()

    # CPython's method names: a failing data_received()/eof_received() is reported with a
    # traceback whose first frame is one of these.
    def _read_ready__data_received(self, data):
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')
            return
        self._start_reading()

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        # As CPython: EOF stops reading; the transport stays open only to write.
        self._polling = False
        if not keep_open:
            self.close()

    # ---- writing ----

    def write(self, data):
        if isinstance(data, memoryview):
            data = bytes(data)
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(bytes(data))
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            data = data[n:]
            if not data:
                return
            self._wait_writable()
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def _wait_writable(self):
        if self._writing:
            return
        self._writing = True
        self._loop._sock_writable(self._sock).add_done_callback(self._write_ready)

    def _write_ready(self, fut):
        self._writing = False
        if self._conn_lost or not self._buffer:
            return
        try:
            n = self._sock.send(bytes(self._buffer))
        except (BlockingIOError, InterruptedError):
            n = 0
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        del self._buffer[:n]
        self._maybe_resume_protocol()
        if self._buffer:
            self._wait_writable()
        elif self._closing:
            self._call_connection_lost(None)
        elif self._eof:
            self._sock.shutdown_write()

    def get_write_buffer_size(self):
        return len(self._buffer)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown_write()

    # ---- closing ----

    def is_closing(self):
        return self._closing

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._polling = False
        if not self._buffer:
            self._conn_lost += 1
            self._loop.call_soon(self._call_connection_lost, None)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        self._buffer.clear()
        self._closing = True
        self._polling = False
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        if self._sock is None:
            return
        read_fut, self._read_fut = self._read_fut, None
        if read_fut is not None:
            read_fut.cancel()
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            server, self._server = self._server, None
            if server is not None:
                server._detach()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                            family=0, proto=0, flags=0, sock=None, local_addr=None,
                            server_hostname=None, ssl_handshake_timeout=None,
                            ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                            interleave=None):
    """Connect to (host, port) and wire the connection to `protocol_factory()`; returns
    (transport, protocol) once connection_made() has run."""
    if ssl:
        raise NotImplementedError('corio has no TLS support')
    if sock is not None:
        if host is not None or port is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        sock = _adopt(self, sock, False)
    elif host is None and port is None:
        raise ValueError('host and port was not specified and no sock specified')
    else:
        sock = await self._sock_connect(host, port)
    return await _make_transport(self, sock, protocol_factory)


async def _make_transport(loop, sock, protocol_factory):
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorSocketTransport(loop, sock, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


def _accept_connection(loop, sock, protocol_factory, server):
    # As CPython's _accept_connection2: a factory or transport that fails is reported to the
    # exception handler and the socket closed; the server keeps accepting.
    try:
        protocol = protocol_factory()
        _SelectorSocketTransport(loop, sock, protocol, None, server)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        sock.close()
        loop.call_exception_handler({
            'message': 'Error on transport creation for incoming connection',
            'exception': exc})


async def create_server(self, protocol_factory, host=None, port=None, *, family=0, flags=0,
                        sock=None, backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                        ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                        start_serving=True):
    """Listen on (host, port); every accepted connection gets a transport and a fresh
    `protocol_factory()` protocol. Returns the Server."""
    if ssl:
        raise NotImplementedError('corio has no TLS support')
    if isinstance(host, (list, tuple)):
        host = host[0]
    from .streams import Server
    if sock is not None:
        if host is not None or port is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        lsock = _adopt(self, sock, True)
    else:
        lsock = self._sock_listen(host, port)
    server = Server(self, [lsock], None, 0)
    server._protocol_factory = protocol_factory
    if start_serving:
        server._start_serving()
        # As CPython: one loop iteration passes before the server is handed back.
        from .tasks import sleep
        await sleep(0)
    return server


# ---- loop.sock_*(): coroutines over a non-blocking socket.socket, as CPython's
# BaseSelectorEventLoop: try the operation at once, and on BlockingIOError wait for the
# descriptor to be ready (loop._wait_fd) and try again.

def _check_nonblocking(loop, sock):
    if loop.get_debug() and sock.gettimeout() != 0:
        raise ValueError("the socket must be non-blocking")


async def _wait_fd(loop, sock, writable):
    fut, watch = loop._wait_fd(sock.fileno(), writable)
    try:
        await fut
    finally:
        watch.close()


async def sock_recv(self, sock, n):
    """Receive up to n bytes from the non-blocking socket sock."""
    _check_nonblocking(self, sock)
    while True:
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        await _wait_fd(self, sock, False)


async def sock_recv_into(self, sock, buf):
    """Receive into buf from the non-blocking socket sock; returns the byte count."""
    _check_nonblocking(self, sock)
    while True:
        try:
            return sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            pass
        await _wait_fd(self, sock, False)


async def sock_recvfrom(self, sock, bufsize):
    _check_nonblocking(self, sock)
    while True:
        try:
            return sock.recvfrom(bufsize)
        except (BlockingIOError, InterruptedError):
            pass
        await _wait_fd(self, sock, False)


async def sock_sendall(self, sock, data):
    """Send all of data to the non-blocking socket sock."""
    _check_nonblocking(self, sock)
    try:
        n = sock.send(data)
    except (BlockingIOError, InterruptedError):
        n = 0
    if n == len(data):
        return
    view = bytes(data)[n:]
    while view:
        await _wait_fd(self, sock, True)
        try:
            n = sock.send(view)
        except (BlockingIOError, InterruptedError):
            continue
        view = view[n:]


async def sock_sendto(self, sock, data, address):
    _check_nonblocking(self, sock)
    while True:
        try:
            return sock.sendto(data, address)
        except (BlockingIOError, InterruptedError):
            pass
        await _wait_fd(self, sock, True)


async def sock_connect(self, sock, address):
    """Connect the non-blocking socket sock to address."""
    _check_nonblocking(self, sock)
    import socket as _socket_mod
    if sock.family in (_socket_mod.AF_INET, _socket_mod.AF_INET6):
        host, port = address[:2]
        info = _socket_mod.getaddrinfo(host, port, sock.family, sock.type, sock.proto)
        address = info[0][4]
    try:
        sock.connect(address)
        return
    except (BlockingIOError, InterruptedError):
        pass
    while True:
        await _wait_fd(self, sock, True)
        err = sock.getsockopt(_socket_mod.SOL_SOCKET, _socket_mod.SO_ERROR)
        if err != 0:
            raise OSError(err, f'Connect call failed {address}')
        return


async def sock_accept(self, sock):
    """Accept a connection on the non-blocking listening socket sock: (conn, address)."""
    _check_nonblocking(self, sock)
    while True:
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
            return conn, address
        except (BlockingIOError, InterruptedError):
            pass
        await _wait_fd(self, sock, False)


def _adopt(loop, sock, listening):
    """The loop's own socket for a socket.socket handed over with sock=: the descriptor is
    detached from sock (the transport owns and closes it)."""
    if not hasattr(sock, 'detach'):
        return sock
    return loop._adopt_socket(sock.detach(), listening)


SelectorEventLoop.create_connection = create_connection
SelectorEventLoop.create_server = create_server
SelectorEventLoop.sock_recv = sock_recv
SelectorEventLoop.sock_recv_into = sock_recv_into
SelectorEventLoop.sock_recvfrom = sock_recvfrom
SelectorEventLoop.sock_sendall = sock_sendall
SelectorEventLoop.sock_sendto = sock_sendto
SelectorEventLoop.sock_connect = sock_connect
SelectorEventLoop.sock_accept = sock_accept
