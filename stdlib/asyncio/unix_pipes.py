"""Protocol-based pipes, as CPython's unix_events: _UnixReadPipeTransport and
_UnixWritePipeTransport, behind loop.connect_read_pipe() / connect_write_pipe() and the pipes of
loop.subprocess_exec(). Both run over a loop socket wrapping the pipe (loop._adopt_pipe, or the
pipe sockets loop._subprocess_exec hands out): reads through loop._sock_recv, writes through
sock.send, and the write side learns that its reader went away by watching its descriptor for
readability (loop._wait_fd), CPython's "reader trick"."""

from _asyncio import _set_result_unless_cancelled
from . import transports

# CPython's constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES.
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5


class _UnixReadPipeTransport(transports._ReadingMixin, transports.ReadTransport):

    _read_error_message = 'Fatal read error on pipe transport'

    def __init__(self, loop, sock, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop = loop
        self._sock = sock
        self._pipe = pipe
        self._fileno = sock.fileno() if pipe is None else pipe.fileno()
        self._protocol = protocol
        self._closing = False
        self._paused = False
        self._held = None
        self._read_fut = None
        self._polling = False
        # As CPython: connection_made first, then reading starts, then the waiter is woken.
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = self._repr_info()
        info.append(('polling' if self._polling else 'idle') if self._sock is not None else 'closed')
        return '<{}>'.format(' '.join(info))

    def _deliver(self, data):
        if data:
            self._protocol.data_received(data)
            self._start_reading()
        else:
            # As CPython: EOF stops reading, then eof_received and connection_lost follow.
            self._closing = True
            self._polling = False
            self._loop.call_soon(self._protocol.eof_received)
            self._loop.call_soon(self._call_connection_lost, None)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._close(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        # matches CPython: EIO (a closed pseudo-terminal) only closes the transport.
        if not (isinstance(exc, OSError) and exc.errno == 5):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._close(exc)

    def _close(self, exc):
        self._closing = True
        self._stop_reading()
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            _close_pipe(self)


def _close_pipe(transport):
    sock, transport._sock = transport._sock, None
    if sock is not None:
        sock.close()
    pipe, transport._pipe = transport._pipe, None
    # corio's sys.stdout/sys.stderr have no close() (CPython's do, and closes them here).
    close = getattr(pipe, 'close', None)
    if close is not None:
        close()
    transport._protocol = None
    transport._loop = None


class _UnixWritePipeTransport(transports._FlowControlMixin, transports.WriteTransport):

    def __init__(self, loop, sock, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra, loop)
        self._extra['pipe'] = pipe
        self._sock = sock
        self._pipe = pipe
        self._fileno = sock.fileno() if pipe is None else pipe.fileno()
        self._protocol = protocol
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False  # set by close() or write_eof()
        self._writing = None
        self._peer_watch = None
        loop.call_soon(protocol.connection_made, self)
        # only watch for the reader's end closing once connection_made() has been called
        loop.call_soon(self._watch_peer)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = transports._repr_head(self, self._fileno)
        if self._sock is not None:
            info.append('polling' if self._buffer else 'idle')
            info.append(f'bufsize={self.get_write_buffer_size()}')
        else:
            info.append('closed')
        return '<{}>'.format(' '.join(info))

    # ---- the reader trick: the write end turns "readable" when the read end is closed ----

    def _watch_peer(self):
        if self._sock is None or self._closing or self._peer_watch is not None:
            return
        fut, watch = self._loop._wait_fd(self._sock.fileno(), False)
        self._peer_watch = (fut, watch)
        fut.add_done_callback(self._read_ready)

    def _unwatch_peer(self):
        pending, self._peer_watch = self._peer_watch, None
        if pending is not None:
            fut, watch = pending
            fut.remove_done_callback(self._read_ready)
            fut.cancel()
            watch.close()

    def _read_ready(self, fut):
        # The pipe was closed by its reader.
        self._unwatch_peer()
        if fut.cancelled() or self._sock is None:
            return
        if self._buffer:
            self._close(BrokenPipeError())
        else:
            self._close()

    # ---- writing ----

    def get_write_buffer_size(self):
        return len(self._buffer)

    def write(self, data):
        assert isinstance(data, (bytes, bytearray, memoryview)), repr(data)
        data = bytes(data)
        if not data:
            return
        if self._conn_lost or self._closing:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                import logging
                logging.getLogger('asyncio').warning('pipe closed by peer or '
                               'os.write(pipe, data) raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            # Attempt to send it right away first.
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._conn_lost += 1
                self._fatal_error(exc, 'Fatal write error on pipe transport')
                return
            if n == len(data):
                return
            data = data[n:]
            self._wait_writable()
        self._buffer += data
        self._maybe_pause_protocol()

    def _wait_writable(self):
        if self._writing is None:
            self._writing = self._loop._sock_writable(self._sock)
            self._writing.add_done_callback(self._write_ready)

    def _stop_writing(self):
        fut, self._writing = self._writing, None
        if fut is not None:
            fut.remove_done_callback(self._write_ready)
            fut.cancel()

    def _write_ready(self, fut):
        self._writing = None
        if fut.cancelled() or self._sock is None or not self._buffer:
            return
        try:
            n = self._sock.send(bytes(self._buffer))
        except (BlockingIOError, InterruptedError):
            self._wait_writable()
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._buffer.clear()
            self._conn_lost += 1
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return
        if n == len(self._buffer):
            self._buffer.clear()
            self._maybe_resume_protocol()  # may append to the buffer
            if self._buffer:
                self._wait_writable()
            elif self._closing:
                self._unwatch_peer()
                self._call_connection_lost(None)
            return
        del self._buffer[:n]
        self._wait_writable()

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        assert self._sock
        self._closing = True
        if not self._buffer:
            self._unwatch_peer()
            self._loop.call_soon(self._call_connection_lost, None)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if self._sock is not None and not self._closing:
            # write_eof is all what is needed to close the write pipe
            self.write_eof()

    def abort(self):
        self._close(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        # matches CPython: an OSError (the reader went away) only closes the transport.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._close(exc)

    def _close(self, exc=None):
        self._closing = True
        self._stop_writing()
        self._buffer.clear()
        self._unwatch_peer()
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        if self._sock is None:
            return
        try:
            self._protocol.connection_lost(exc)
        finally:
            _close_pipe(self)
