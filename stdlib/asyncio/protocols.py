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
