"""Event loop methods composed from the native loop's pieces, as CPython's BaseEventLoop and
BaseSelectorEventLoop have them: getaddrinfo/getnameinfo (in the default executor),
add_reader/add_writer/remove_reader/remove_writer (callbacks run while a descriptor is
ready), connect_accepted_socket, sock_recvfrom_into, sock_sendfile and sendfile (CPython's
fallback: the file is read in chunks and sent)."""

import socket

from _asyncio import SelectorEventLoop
from . import selector_events


# ---- name resolution ----

async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
    return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type,
                                      proto, flags)


async def getnameinfo(self, sockaddr, flags=0):
    return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)


# ---- descriptor callbacks ----

def _fileobj_to_fd(fileobj):
    # As CPython's selectors._fileobj_to_fd.
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


class _FdCallback:
    """A callback run while a descriptor is readable (or writable), until removed. Each time
    the descriptor is ready the callback is scheduled, then the watch is armed again once it
    has run (the descriptor stays ready until the callback consumes what made it so)."""

    def __init__(self, loop, fd, writable, callback, args):
        self._loop = loop
        self._fd = fd
        self._writable = writable
        self._callback = callback
        self._args = args
        self._pending = None
        self._handle = None
        self._cancelled = False
        self._arm()

    def _arm(self):
        self._handle = None
        if self._cancelled or self._loop.is_closed():
            return
        self._pending = self._loop._wait_fd(self._fd, self._writable)
        self._pending[0].add_done_callback(self._ready)

    def _ready(self, fut):
        pending, self._pending = self._pending, None
        if pending is not None:
            pending[1].close()
        if fut.cancelled() or self._cancelled:
            return
        self._handle = self._loop.call_soon(self._callback, *self._args)
        self._loop.call_soon(self._arm)

    def cancel(self):
        self._cancelled = True
        # As CPython, removing the callback cancels its handle, even while it runs (a failure
        # is then reported as "Exception in callback None()").
        if self._handle is not None:
            self._handle.cancel()
        pending, self._pending = self._pending, None
        if pending is not None:
            fut, watch = pending
            fut.remove_done_callback(self._ready)
            fut.cancel()
            watch.close()


# Per loop (by id): {fd: _FdCallback} for readers and for writers.
_fd_callbacks = {}


def _table(loop, writable):
    tables = _fd_callbacks.get(id(loop))
    if tables is None:
        tables = _fd_callbacks[id(loop)] = ({}, {})
    return tables[1 if writable else 0]


def _add(loop, fd, writable, callback, args):
    if loop.is_closed():
        raise RuntimeError('Event loop is closed')
    fd = _fileobj_to_fd(fd)
    _remove(loop, fd, writable)
    _table(loop, writable)[fd] = _FdCallback(loop, fd, writable, callback, args)


def _remove(loop, fd, writable):
    if loop.is_closed():
        return False
    fd = _fileobj_to_fd(fd)
    entry = _table(loop, writable).pop(fd, None)
    if entry is None:
        return False
    entry.cancel()
    return True


_close_keeping_fd_callbacks = SelectorEventLoop.close


def close(self):
    """Close the loop, dropping its reader and writer callbacks (as closing CPython's selector
    does), so a later loop with the same id() starts with none."""
    if not self.is_running():
        tables = _fd_callbacks.pop(id(self), None)
        for table in tables or ():
            for entry in table.values():
                entry.cancel()
    _close_keeping_fd_callbacks(self)


def add_reader(self, fd, callback, *args):
    """Start monitoring the file descriptor for read availability."""
    _add(self, fd, False, callback, args)


def remove_reader(self, fd):
    """Stop monitoring the file descriptor for read availability."""
    return _remove(self, fd, False)


def add_writer(self, fd, callback, *args):
    """Start monitoring the file descriptor for write availability."""
    _add(self, fd, True, callback, args)


def remove_writer(self, fd):
    """Stop monitoring the file descriptor for write availability."""
    return _remove(self, fd, True)


# ---- sockets ----

async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                  ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    if sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    if ssl:
        raise NotImplementedError('corio has no TLS support')
    if ssl_handshake_timeout is not None:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    if ssl_shutdown_timeout is not None:
        raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
    sock.setblocking(False)
    loop_sock = selector_events._adopt(self, sock, False)
    return await selector_events._make_transport(self, loop_sock, protocol_factory)


async def sock_recvfrom_into(self, sock, buf, nbytes=0):
    selector_events._check_nonblocking(self, sock)
    if not nbytes:
        nbytes = len(buf)
    while True:
        try:
            return sock.recvfrom_into(buf, nbytes)
        except (BlockingIOError, InterruptedError):
            pass
        await selector_events._wait_fd(self, sock, False)


def _check_sendfile_params(sock, file, offset, count):
    if 'b' not in getattr(file, 'mode', 'b'):
        raise ValueError("file should be opened in binary mode")
    if not sock.type == socket.SOCK_STREAM:
        raise ValueError("only SOCK_STREAM type sockets are supported")
    if count is not None:
        if not isinstance(count, int):
            raise TypeError(f"count must be a positive integer (got {count!r})")
        if count <= 0:
            raise ValueError(f"count must be a positive integer (got {count!r})")
    if not isinstance(offset, int):
        raise TypeError(f"offset must be a non-negative integer (got {offset!r})")
    if offset < 0:
        raise ValueError(f"offset must be a non-negative integer (got {offset!r})")


async def _send_file_chunks(file, offset, count, send):
    # As CPython's _sendfile_fallback: chunks of at most 256 KiB read from offset, the file
    # position left after the last byte sent.
    blocksize = min(count, 256 * 1024) if count else 256 * 1024
    total_sent = 0
    if offset:
        file.seek(offset)
    try:
        while True:
            if count:
                blocksize = min(count - total_sent, blocksize)
                if blocksize <= 0:
                    break
            data = file.read(blocksize)
            if not data:
                break
            await send(data)
            total_sent += len(data)
        return total_sent
    finally:
        if total_sent > 0 and hasattr(file, 'seek'):
            file.seek(offset + total_sent)


async def sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=True):
    selector_events._check_nonblocking(self, sock)
    _check_sendfile_params(sock, file, offset, count)
    return await _send_file_chunks(file, offset, count, lambda data: self.sock_sendall(sock, data))


async def sendfile(self, transport, file, offset=0, count=None, *, fallback=True):
    if transport.is_closing():
        raise RuntimeError("Transport is closing")
    # corio's protocol transports are all stream transports.
    _check_sendfile_params(_STREAM, file, offset, count)

    async def send(data):
        transport.write(data)
        # Wait for the transport's buffer to drain below its high-water mark.
        from .tasks import sleep
        while transport.get_write_buffer_size() > transport.get_write_buffer_limits()[1]:
            if transport.is_closing():
                raise ConnectionError("Connection closed by peer")
            await sleep(0.001)
    return await _send_file_chunks(file, offset, count, send)


class _StreamSocketType:
    type = socket.SOCK_STREAM


_STREAM = _StreamSocketType()


for _f in (add_reader, remove_reader, add_writer, remove_writer, sock_recvfrom_into,
           sock_sendfile, connect_accepted_socket):
    _f.__qualname__ = ('BaseEventLoop.' if _f in (sock_sendfile, connect_accepted_socket)
                       else 'BaseSelectorEventLoop.') + _f.__name__
    setattr(SelectorEventLoop, _f.__name__, _f)
async def start_tls(self, transport, protocol, sslcontext, *, server_side=False,
                    server_hostname=None, ssl_handshake_timeout=None,
                    ssl_shutdown_timeout=None):
    raise NotImplementedError('corio has no TLS support')


SelectorEventLoop.close = close
for _f in (getaddrinfo, getnameinfo, sendfile, start_tls):
    _f.__qualname__ = 'BaseEventLoop.' + _f.__name__
    setattr(SelectorEventLoop, _f.__name__, _f)
del _f


# ---- Unix sockets with protocols (CPython's _UnixSelectorEventLoop) ----

async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                 server_hostname=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None):
    if ssl:
        raise NotImplementedError('corio has no TLS support')
    if server_hostname is not None:
        raise ValueError('server_hostname is only meaningful with ssl')
    if ssl_handshake_timeout is not None:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    if ssl_shutdown_timeout is not None:
        raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        import os
        from . import streams
        path = os.fspath(path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
        try:
            sock.setblocking(False)
            await self.sock_connect(sock, path)
        except BaseException:
            sock.close()
            raise
        # As open_unix_connection: the server sees this connection in its next iteration.
        streams._fresh_connects[path] = streams._fresh_connects.get(path, 0) + 1
        self.call_soon(streams._connect_aged, path)
    else:
        if sock is None:
            raise ValueError('no path and sock were specified')
        if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)
    loop_sock = selector_events._adopt(self, sock, False)
    return await selector_events._make_transport(self, loop_sock, protocol_factory)


async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
                             ssl=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                             start_serving=True):
    if ssl:
        raise NotImplementedError('corio has no TLS support')
    if ssl_handshake_timeout is not None:
        raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
    if ssl_shutdown_timeout is not None:
        raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
    from . import streams
    server = await streams.start_unix_server(None, path, sock=sock, backlog=backlog,
                                             start_serving=False)
    server._protocol_factory = protocol_factory
    if start_serving:
        server._start_serving()
        # As CPython: one loop iteration passes before the server is handed back.
        from .tasks import sleep
        await sleep(0)
    return server


for _f in (create_unix_connection, create_unix_server):
    _f.__qualname__ = '_UnixSelectorEventLoop.' + _f.__name__
    setattr(SelectorEventLoop, _f.__name__, _f)
del _f

# matches CPython: the loop's close is _UnixSelectorEventLoop's.
close.__qualname__ = '_UnixSelectorEventLoop.close'
