"""UDP: loop.create_datagram_endpoint() and the datagram transport driving its protocol, as
CPython's _SelectorDatagramTransport, over a non-blocking socket.socket watched through the
native loop (loop._wait_fd): one datagram is read per readiness, datagram_received(data, addr)
gets it, send errors go to error_received(exc), and sendto() buffers what cannot be sent at
once."""

import collections
import socket

from _asyncio import Handle, SelectorEventLoop, _set_result_unless_cancelled
from . import transports

# CPython's constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES.
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5


# As CPython 3.11 (a _SelectorTransport, which is a Transport): not a DatagramTransport.
class _SelectorDatagramTransport(transports._SelectorTransportMixin, transports._FlowControlMixin,
                                 transports.Transport):

    __module__ = 'asyncio.selector_events'
    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(extra, loop)
        self._extra['socket'] = sock
        for key, get in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            try:
                self._extra[key] = get()
            except OSError:
                self._extra[key] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._address = address
        self._buffer = collections.deque()
        self._buffer_size = 0
        self._closing = False
        self._conn_lost = 0
        self._read_watch = None
        self._write_watch = None
        # As CPython: connection_made first, then reading starts, then the waiter is woken.
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = transports._repr_head(self, self._sock_fd)
        if self._sock is not None and not self._loop.is_closed():
            info.append('read=polling' if self._read_watch is not None else 'read=idle')
            state = 'polling' if self._write_watch is not None else 'idle'
            info.append(f'write=<{state}, bufsize={self._buffer_size}>')
        return '<{}>'.format(' '.join(info))

    # ---- watching the descriptor ----

    def _watch(self, writable, callback):
        fut, watch = self._loop._wait_fd(self._sock_fd, writable)
        fut.add_done_callback(callback)
        return fut, watch

    @staticmethod
    def _unwatch(pending, callback):
        if pending is not None:
            fut, watch = pending
            fut.remove_done_callback(callback)
            fut.cancel()
            watch.close()

    def _start_reading(self):
        if self._closing or self._read_watch is not None:
            return
        self._read_watch = self._watch(False, self._on_readable)

    # The descriptor's readiness runs `_read_ready()` as a handle of its own, as CPython's
    # selector does: a protocol callback's error is reported as "Exception in callback
    # _SelectorDatagramTransport._read_ready()", and reading goes on after it.
    def _on_readable(self, fut):
        pending, self._read_watch = self._read_watch, None
        if pending is not None:
            pending[1].close()
        if fut.cancelled() or self._conn_lost or self._closing:
            return
        # Watch again before the protocol runs: CPython's level-triggered selector keeps the
        # descriptor ready ahead of one a datagram_received() reply makes ready, so an echo
        # server reads its next queued datagram before its client sees the first reply.
        self._start_reading()
        Handle(self._read_ready, (), self._loop)._run()

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    # ---- writing ----

    def get_write_buffer_size(self):
        return self._buffer_size

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                import logging
                logging.getLogger('asyncio').warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            # Attempt to send it right away first.
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._wait_writable()
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data)
        self._maybe_pause_protocol()

    def _wait_writable(self):
        if self._write_watch is None:
            self._write_watch = self._watch(True, self._on_writable)

    def _on_writable(self, fut):
        pending, self._write_watch = self._write_watch, None
        if pending is not None:
            pending[1].close()
        if fut.cancelled() or self._sock is None:
            return
        Handle(self._write_ready, (), self._loop)._run()
        if self._buffer and self._sock is not None and not self._conn_lost:
            self._wait_writable()

    def _write_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            self._buffer_size -= len(data)
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except (BlockingIOError, InterruptedError):
                self._buffer.appendleft((data, addr))  # Try again later.
                self._buffer_size += len(data)
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._maybe_resume_protocol()
        if not self._buffer and self._closing:
            self._call_connection_lost(None)

    # ---- closing ----

    def is_closing(self):
        return self._closing

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._unwatch(self._read_watch, self._on_readable)
        self._read_watch = None
        if not self._buffer:
            self._conn_lost += 1
            self._loop.call_soon(self._call_connection_lost, None)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        self._unwatch(self._write_watch, self._on_writable)
        self._write_watch = None
        self._buffer.clear()
        self._buffer_size = 0
        self._closing = True
        self._unwatch(self._read_watch, self._on_readable)
        self._read_watch = None
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        if self._sock is None:
            return
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None

    # CPython's datagram transport inherits this method from _SelectorTransport, so a failing
    # connection_lost is reported as "Exception in callback _SelectorTransport._call_connection_lost".
    _call_connection_lost.__qualname__ = '_SelectorTransport._call_connection_lost'


def _resolve(host_port, family, proto, flags):
    host, port = host_port[:2]
    infos = socket.getaddrinfo(host, port, family, socket.SOCK_DGRAM, proto, flags)
    if not infos:
        raise OSError('getaddrinfo() returned empty list')
    return infos


async def create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None, *,
                                   family=0, proto=0, flags=0, reuse_port=None,
                                   allow_broadcast=None, sock=None):
    """Create a datagram connection: (transport, protocol)."""
    if sock is not None:
        if sock.type != socket.SOCK_DGRAM:
            raise ValueError(f'A UDP Socket was expected, got {sock!r}')
        if (local_addr or remote_addr or family or proto or flags or reuse_port
                or allow_broadcast):
            # show the problematic kwargs in exception msg
            opts = dict(local_addr=local_addr, remote_addr=remote_addr, family=family,
                        proto=proto, flags=flags, reuse_port=reuse_port,
                        allow_broadcast=allow_broadcast)
            problems = ', '.join(f'{k}={v}' for k, v in opts.items() if v)
            raise ValueError(f'socket modifier keyword arguments can not be used '
                             f'when sock is specified. ({problems})')
        sock.setblocking(False)
        r_addr = None
    else:
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError('unexpected address family')
            local_info = remote_info = None
        else:
            local_info = _resolve(local_addr, family, proto, flags) if local_addr else None
            remote_info = _resolve(remote_addr, family, proto, flags) if remote_addr else None
            info = (local_info or remote_info)[0]
            family, proto = info[0], info[2]
        sock = socket.socket(family=family, type=socket.SOCK_DGRAM, proto=proto)
        r_addr = None
        try:
            if reuse_port:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            if allow_broadcast:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            sock.setblocking(False)
            if local_info:
                sock.bind(local_info[0][4])
            if remote_info:
                r_addr = remote_info[0][4]
                if not allow_broadcast:
                    sock.connect(r_addr)
        except BaseException:
            sock.close()
            raise
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = _SelectorDatagramTransport(self, sock, protocol, r_addr, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


create_datagram_endpoint.__qualname__ = 'BaseEventLoop.create_datagram_endpoint'
SelectorEventLoop.create_datagram_endpoint = create_datagram_endpoint
