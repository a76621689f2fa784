"""Protocol base classes (BaseProtocol, Protocol, BufferedProtocol, DatagramProtocol,
SubprocessProtocol): the callback interface CPython's transports drive. Every method is a no-op
hook, as in CPython's asyncio.protocols."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BufferedProtocol')


class BaseProtocol:
    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; `transport` is how to talk back."""

    def connection_lost(self, exc):
        """The connection is gone: `exc` is None after an EOF or close(), else the error."""

    def pause_writing(self):
        """The transport's write buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained to its low-water mark."""


class Protocol(BaseProtocol):
    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The peer shut down its sending side; a true result keeps the transport open."""


class BufferedProtocol(BaseProtocol):
    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer for the next read."""

    def buffer_updated(self, nbytes):
        """`nbytes` bytes were written into the buffer get_buffer() returned."""

    def eof_received(self):
        """The peer shut down its sending side."""


class DatagramProtocol(BaseProtocol):
    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from `addr`."""

    def error_received(self, exc):
        """A send or receive operation failed with OSError `exc`."""


class SubprocessProtocol(BaseProtocol):
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote `data` to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
BaseProtocol.__doc__ = """Common base class for protocol interfaces.

    Usually user implements protocols that derived from BaseProtocol
    like Protocol or ProcessProtocol.

    The only case when BaseProtocol should be implemented directly is
    write-only transport like write pipe
    """
BaseProtocol.connection_made.__doc__ = """Called when a connection is made.

        The argument is the transport representing the pipe connection.
        To receive data, wait for data_received() calls.
        When the connection is closed, connection_lost() is called.
        """
BaseProtocol.connection_lost.__doc__ = """Called when the connection is lost or closed.

        The argument is an exception object or None (the latter
        meaning a regular EOF is received or the connection was
        aborted or closed).
        """
BaseProtocol.pause_writing.__doc__ = """Called when the transport's buffer goes over the high-water mark.

        Pause and resume calls are paired -- pause_writing() is called
        once when the buffer goes strictly over the high-water mark
        (even if subsequent writes increases the buffer size even
        more), and eventually resume_writing() is called once when the
        buffer size reaches the low-water mark.

        Note that if the buffer size equals the high-water mark,
        pause_writing() is not called -- it must go strictly over.
        Conversely, resume_writing() is called when the buffer size is
        equal or lower than the low-water mark.  These end conditions
        are important to ensure that things go as expected when either
        mark is zero.

        NOTE: This is the only Protocol callback that is not called
        through EventLoop.call_soon() -- if it were, it would have no
        effect when it's most needed (when the app keeps writing
        without yielding until pause_writing() is called).
        """
BaseProtocol.resume_writing.__doc__ = """Called when the transport's buffer drains below the low-water mark.

        See pause_writing() for details.
        """
Protocol.__doc__ = """Interface for stream protocol.

    The user should implement this interface.  They can inherit from
    this class but don't need to.  The implementations here do
    nothing (they don't raise exceptions).

    When the user wants to requests a transport, they pass a protocol
    factory to a utility function (e.g., EventLoop.create_connection()).

    When the connection is made successfully, connection_made() is
    called with a suitable transport object.  Then data_received()
    will be called 0 or more times with data (bytes) received from the
    transport; finally, connection_lost() will be called exactly once
    with either an exception object or None as an argument.

    State machine of calls:

      start -> CM [-> DR*] [-> ER?] -> CL -> end

    * CM: connection_made()
    * DR: data_received()
    * ER: eof_received()
    * CL: connection_lost()
    """
Protocol.data_received.__doc__ = """Called when some data is received.

        The argument is a bytes object.
        """
Protocol.eof_received.__doc__ = """Called when the other end calls write_eof() or equivalent.

        If this returns a false value (including None), the transport
        will close itself.  If it returns a true value, closing the
        transport is up to the protocol.
        """
BufferedProtocol.__doc__ = """Interface for stream protocol with manual buffer control.

    Event methods, such as `create_server` and `create_connection`,
    accept factories that return protocols that implement this interface.

    The idea of BufferedProtocol is that it allows to manually allocate
    and control the receive buffer.  Event loops can then use the buffer
    provided by the protocol to avoid unnecessary data copies.  This
    can result in noticeable performance improvement for protocols that
    receive big amounts of data.  Sophisticated protocols can allocate
    the buffer only once at creation time.

    State machine of calls:

      start -> CM [-> GB [-> BU?]]* [-> ER?] -> CL -> end

    * CM: connection_made()
    * GB: get_buffer()
    * BU: buffer_updated()
    * ER: eof_received()
    * CL: connection_lost()
    """
BufferedProtocol.get_buffer.__doc__ = """Called to allocate a new receive buffer.

        *sizehint* is a recommended minimal size for the returned
        buffer.  When set to -1, the buffer size can be arbitrary.

        Must return an object that implements the
        :ref:`buffer protocol <bufferobjects>`.
        It is an error to return a zero-sized buffer.
        """
BufferedProtocol.buffer_updated.__doc__ = """Called when the buffer was updated with the received data.

        *nbytes* is the total number of bytes that were written to
        the buffer.
        """
BufferedProtocol.eof_received.__doc__ = """Called when the other end calls write_eof() or equivalent.

        If this returns a false value (including None), the transport
        will close itself.  If it returns a true value, closing the
        transport is up to the protocol.
        """
DatagramProtocol.__doc__ = """Interface for datagram protocol."""
DatagramProtocol.datagram_received.__doc__ = """Called when some datagram is received."""
DatagramProtocol.error_received.__doc__ = """Called when a send or receive operation raises an OSError.

        (Other than BlockingIOError or InterruptedError.)
        """
SubprocessProtocol.__doc__ = """Interface for protocol for subprocess calls."""
SubprocessProtocol.pipe_data_received.__doc__ = """Called when the subprocess writes data into stdout/stderr pipe.

        fd is int file descriptor.
        data is bytes object.
        """
SubprocessProtocol.pipe_connection_lost.__doc__ = """Called when a file descriptor associated with the child process is
        closed.

        fd is the int file descriptor that was closed.
        """
SubprocessProtocol.process_exited.__doc__ = """Called when subprocess has exited."""
