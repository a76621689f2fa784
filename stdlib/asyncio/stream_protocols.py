"""The protocol side of streams, as CPython's asyncio.streams: FlowControlMixin (drain() over a
transport's pause_writing/resume_writing), StreamReaderProtocol (feeds a StreamReader from any
transport: connect_read_pipe, create_connection, subprocess pipes), and the StreamWriter made
over a transport and a protocol (`StreamWriter(transport, protocol, reader, loop)`). corio's own
open_connection/start_server streams do not go through these: their reader and writer sit on
the loop's sockets directly (streams.py)."""

from _collections import deque

from . import events
from . import protocols


class FlowControlMixin(protocols.Protocol):
    """Reusable flow control logic for StreamWriter.drain(): pause_writing(),
    resume_writing() and connection_lost(); drain() waits for _drain_helper()."""

    def __init__(self, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._paused = False
        self._drain_waiters = deque()
        self._connection_lost = False

    def pause_writing(self):
        assert not self._paused
        self._paused = True

    def resume_writing(self):
        assert self._paused
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Helper class to adapt between Protocol and StreamReader."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        # CPython holds the reader weakly unless a callback will need it.
        self._stream_reader_strong = stream_reader
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._closed = self._loop.create_future()

    @property
    def _stream_reader(self):
        return self._stream_reader_strong

    def connection_made(self, transport):
        from .streams import StreamWriter
        from .coroutines import iscoroutine
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if iscoroutine(res):
                def callback(task):
                    # matches CPython 3.11: a cancelled handler task makes task.exception()
                    # raise CancelledError here, reported as "Exception in callback ..." (3.12
                    # added a cancelled() check).
                    exc = task.exception()
                    if exc is not None:
                        self._loop.call_exception_handler({
                            'message': 'Unhandled exception in client_connected_cb',
                            'exception': exc,
                            'transport': transport,
                        })
                        transport.close()
                self._task = self._loop.create_task(res)
                self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
        super().connection_lost(exc)
        self._stream_reader_strong = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed

    def __del__(self):
        # matches CPython: a close waiter that failed does not report "never retrieved".
        try:
            closed = self._closed
        except AttributeError:
            pass
        else:
            if closed.done() and not closed.cancelled():
                closed.exception()


def _transport_writer_class(StreamWriter):
    """The StreamWriter subclass `StreamWriter(transport, protocol, reader, loop)` makes: every
    operation goes to the transport, drain() to the protocol's _drain_helper (CPython's
    StreamWriter, which corio's socket streams replace)."""

    class _TransportStreamWriter(StreamWriter):

        def __init__(self, transport, protocol, reader, loop):
            self._transport = transport
            self._protocol = protocol
            self._reader = reader
            self._loop = loop
            self._complete_fut = self._loop.create_future()
            self._complete_fut.set_result(None)

        def __repr__(self):
            info = ['StreamWriter', f'transport={self._transport!r}']
            if self._reader is not None:
                info.append(f'reader={self._reader!r}')
            return '<{}>'.format(' '.join(info))

        @property
        def transport(self):
            return self._transport

        def write(self, data):
            self._transport.write(data)

        def writelines(self, data):
            self._transport.writelines(data)

        def write_eof(self):
            return self._transport.write_eof()

        def can_write_eof(self):
            return self._transport.can_write_eof()

        def close(self):
            return self._transport.close()

        def is_closing(self):
            return self._transport.is_closing()

        async def wait_closed(self):
            await self._protocol._get_close_waiter(self)

        def get_extra_info(self, name, default=None):
            return self._transport.get_extra_info(name, default)

        def get_write_buffer_size(self):
            return self._transport.get_write_buffer_size()

        async def drain(self):
            if self._reader is not None:
                exc = self._reader.exception()
                if exc is not None:
                    raise exc
            if self._transport.is_closing():
                # Yield once so a closed connection is noticed (connection_lost), as CPython.
                from .tasks import sleep
                await sleep(0)
            await self._protocol._drain_helper()

        def __del__(self):
            if not self._transport.is_closing():
                import warnings
                if self._loop.is_closed():
                    warnings.warn("loop is closed", ResourceWarning)
                else:
                    self.close()
                    warnings.warn(f"unclosed {self!r}", ResourceWarning)

    return _TransportStreamWriter


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
FlowControlMixin.__doc__ = """Reusable flow control logic for StreamWriter.drain().

    This implements the protocol methods pause_writing(),
    resume_writing() and connection_lost().  If the subclass overrides
    these it must call the super methods.

    StreamWriter.drain() must wait for _drain_helper() coroutine.
    """
StreamReaderProtocol.__doc__ = """Helper class to adapt between Protocol and StreamReader.

    (This is a helper class instead of making StreamReader itself a
    Protocol subclass, because the StreamReader has other potential
    uses, and to prevent the user of the StreamReader to accidentally
    call inappropriate methods of the protocol.)
    """
