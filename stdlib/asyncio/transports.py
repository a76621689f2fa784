"""Transport base classes (BaseTransport, ReadTransport, WriteTransport, Transport,
DatagramTransport, SubprocessTransport): the interface of CPython's asyncio.transports, whose
methods raise NotImplementedError until a concrete transport provides them."""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport')

_HIGH_WATER = 64 * 1024


class BaseTransport:
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    __slots__ = ()

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        raise NotImplementedError

    def get_write_buffer_size(self):
        raise NotImplementedError

    def get_write_buffer_limits(self):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        # As CPython: one write of everything joined.
        self.write(b''.join(list_of_data))

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    __slots__ = ()


class DatagramTransport(BaseTransport):
    __slots__ = ()

    def sendto(self, data, addr=None):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class SubprocessTransport(BaseTransport):
    __slots__ = ()

    def get_pid(self):
        raise NotImplementedError

    def get_returncode(self):
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        raise NotImplementedError

    def send_signal(self, signal):
        raise NotImplementedError

    def terminate(self):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError


def _write_limits(high, low):
    """(low, high) for set_write_buffer_limits(): high defaults to 64 KiB (or 4 * low), low
    to high // 4."""
    if high is None:
        high = _HIGH_WATER if low is None else 4 * low
    if low is None:
        low = high // 4
    if not high >= low >= 0:
        raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
    return low, high


class _FlowControlMixin(Transport):
    """Write flow control shared by the socket and write-pipe transports, as CPython's
    transports._FlowControlMixin: the protocol's pause_writing() is called once the buffer grows
    past the high-water mark, resume_writing() once it drains to the low-water mark. A subclass
    provides get_write_buffer_size() and sets self._protocol."""

    __slots__ = ('_loop', '_protocol_paused', '_high_water', '_low_water')

    def __init__(self, extra=None, loop=None):
        super().__init__(extra)
        self._loop = loop
        self._protocol_paused = False
        self._set_write_buffer_limits()

    def _maybe_pause_protocol(self):
        if self.get_write_buffer_size() <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        try:
            self._protocol.pause_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'protocol.pause_writing() failed',
                'exception': exc, 'transport': self, 'protocol': self._protocol})

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc, 'transport': self, 'protocol': self._protocol})

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def _set_write_buffer_limits(self, high=None, low=None):
        self._low_water, self._high_water = _write_limits(high, low)

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high=high, low=low)
        self._maybe_pause_protocol()

    def get_write_buffer_size(self):
        raise NotImplementedError


class _ReadingMixin:
    """The read side shared by the socket transport and the read-pipe transport (CPython's
    _SelectorSocketTransport and _UnixReadPipeTransport `_read_ready`): one loop._sock_recv
    future is outstanding at a time; bytes that arrive while reading is paused are held and
    delivered by resume_reading(). `_polling` is whether CPython's selector would be watching
    the descriptor for reading (the repr's polling/idle): from the first read until reading is
    paused, the transport closes or EOF stops it.

    A subclass sets `_loop`, `_sock`, `_fileno`, `_closing`, `_paused`, `_held`, `_read_fut`
    and `_polling`, and provides `_deliver(data)` (b'' at EOF) and `_fatal_error()`."""

    __slots__ = ()

    max_size = 256 * 1024
    _read_error_message = 'Fatal read error on transport'

    def _start_reading(self):
        if not self.is_reading():
            return
        self._polling = True
        if self._read_fut is not None:
            return
        fut = self._loop._sock_recv(self._sock, self.max_size)
        self._read_fut = fut
        fut.add_done_callback(self._read_ready)

    def _stop_reading(self):
        self._polling = False
        fut, self._read_fut = self._read_fut, None
        if fut is not None:
            fut.remove_done_callback(self._read_ready)
            fut.cancel()

    def _read_ready(self, fut):
        self._read_fut = None
        if fut.cancelled() or self._closing:
            return
        exc = fut.exception()
        if exc is not None:
            self._fatal_error(exc, self._read_error_message)
            return
        data = fut.result()
        if self._paused:
            # Bytes that arrived as reading was paused are delivered on resume_reading().
            self._held = data
            return
        self._deliver(data)

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._polling = False

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        held, self._held = self._held, None
        if held is not None:
            self._polling = True
            self._loop.call_soon(self._deliver, held)
        else:
            self._start_reading()

    def _repr_info(self):
        return _repr_head(self, self._fileno)


class _SelectorTransportMixin:
    """`abort()` and `_fatal_error()` of CPython's `_SelectorTransport`, shared by the socket
    and datagram transports; the class provides `_force_close(exc)`, `_loop` and `_protocol`."""

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        # As CPython: OSErrors (a reset peer) only close the transport; anything else is
        # reported to the loop's exception handler first.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        self._force_close(exc)


def _repr_head(transport, fd):
    """The start of CPython's transport repr: class name, closed/closing, fd."""
    info = [transport.__class__.__name__]
    if transport._sock is None:
        info.append('closed')
    elif transport._closing:
        info.append('closing')
    info.append(f'fd={fd}')
    return info
