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


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
BaseTransport.__doc__ = """Base class for transports."""
BaseTransport.get_extra_info.__doc__ = """Get optional transport information."""
BaseTransport.is_closing.__doc__ = """Return True if the transport is closing or closed."""
BaseTransport.close.__doc__ = """Close the transport.

        Buffered data will be flushed asynchronously.  No more data
        will be received.  After all buffered data is flushed, the
        protocol's connection_lost() method will (eventually) be
        called with None as its argument.
        """
BaseTransport.set_protocol.__doc__ = """Set a new protocol."""
BaseTransport.get_protocol.__doc__ = """Return the current protocol."""
ReadTransport.__doc__ = """Interface for read-only transports."""
ReadTransport.is_reading.__doc__ = """Return True if the transport is receiving."""
ReadTransport.pause_reading.__doc__ = """Pause the receiving end.

        No data will be passed to the protocol's data_received()
        method until resume_reading() is called.
        """
ReadTransport.resume_reading.__doc__ = """Resume the receiving end.

        Data received will once again be passed to the protocol's
        data_received() method.
        """
WriteTransport.__doc__ = """Interface for write-only transports."""
WriteTransport.set_write_buffer_limits.__doc__ = """Set the high- and low-water limits for write flow control.

        These two values control when to call the protocol's
        pause_writing() and resume_writing() methods.  If specified,
        the low-water limit must be less than or equal to the
        high-water limit.  Neither value can be negative.

        The defaults are implementation-specific.  If only the
        high-water limit is given, the low-water limit defaults to an
        implementation-specific value less than or equal to the
        high-water limit.  Setting high to zero forces low to zero as
        well, and causes pause_writing() to be called whenever the
        buffer becomes non-empty.  Setting low to zero causes
        resume_writing() to be called only once the buffer is empty.
        Use of zero for either limit is generally sub-optimal as it
        reduces opportunities for doing I/O and computation
        concurrently.
        """
WriteTransport.get_write_buffer_size.__doc__ = """Return the current size of the write buffer."""
WriteTransport.get_write_buffer_limits.__doc__ = """Get the high and low watermarks for write flow control.
        Return a tuple (low, high) where low and high are
        positive number of bytes."""
WriteTransport.write.__doc__ = """Write some data bytes to the transport.

        This does not block; it buffers the data and arranges for it
        to be sent out asynchronously.
        """
WriteTransport.writelines.__doc__ = """Write a list (or any iterable) of data bytes to the transport.

        The default implementation concatenates the arguments and
        calls write() on the result.
        """
WriteTransport.write_eof.__doc__ = """Close the write end after flushing buffered data.

        (This is like typing ^D into a UNIX program reading from stdin.)

        Data may still be received.
        """
WriteTransport.can_write_eof.__doc__ = """Return True if this transport supports write_eof(), False if not."""
WriteTransport.abort.__doc__ = """Close the transport immediately.

        Buffered data will be lost.  No more data will be received.
        The protocol's connection_lost() method will (eventually) be
        called with None as its argument.
        """
Transport.__doc__ = """Interface representing a bidirectional transport.

    There may be several implementations, but typically, the user does
    not implement new transports; rather, the platform provides some
    useful transports that are implemented using the platform's best
    practices.

    The user never instantiates a transport directly; they call a
    utility function, passing it a protocol factory and other
    information necessary to create the transport and protocol.  (E.g.
    EventLoop.create_connection() or EventLoop.create_server().)

    The utility function will asynchronously create a transport and a
    protocol and hook them up by calling the protocol's
    connection_made() method, passing it the transport.

    The implementation here raises NotImplemented for every method
    except writelines(), which calls write() in a loop.
    """
DatagramTransport.__doc__ = """Interface for datagram (UDP) transports."""
DatagramTransport.sendto.__doc__ = """Send data to the transport.

        This does not block; it buffers the data and arranges for it
        to be sent out asynchronously.
        addr is target socket address.
        If addr is None use target address pointed on transport creation.
        """
DatagramTransport.abort.__doc__ = """Close the transport immediately.

        Buffered data will be lost.  No more data will be received.
        The protocol's connection_lost() method will (eventually) be
        called with None as its argument.
        """
SubprocessTransport.get_pid.__doc__ = """Get subprocess id."""
SubprocessTransport.get_returncode.__doc__ = """Get subprocess returncode.

        See also
        http://docs.python.org/3/library/subprocess#subprocess.Popen.returncode
        """
SubprocessTransport.get_pipe_transport.__doc__ = """Get transport for pipe with number fd."""
SubprocessTransport.send_signal.__doc__ = """Send signal to subprocess.

        See also:
        docs.python.org/3/library/subprocess#subprocess.Popen.send_signal
        """
SubprocessTransport.terminate.__doc__ = """Stop the subprocess.

        Alias for close() method.

        On Posix OSs the method sends SIGTERM to the subprocess.
        On Windows the Win32 API function TerminateProcess()
         is called to stop the subprocess.

        See also:
        http://docs.python.org/3/library/subprocess#subprocess.Popen.terminate
        """
SubprocessTransport.kill.__doc__ = """Kill the subprocess.

        On Posix OSs the function sends SIGKILL to the subprocess.
        On Windows kill() is an alias for terminate().

        See also:
        http://docs.python.org/3/library/subprocess#subprocess.Popen.kill
        """
