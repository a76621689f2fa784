"""What `StreamWriter.transport` hands out for corio's socket and pipe streams, whose writer
does the transport's work itself: an object with CPython's transport API and repr
(`_SelectorSocketTransport` for sockets, `_UnixWritePipeTransport` for a subprocess's stdin)
that forwards to the writer."""

from _weakref import new as _weak_new, get as _weak_get
from . import transports


class _WriterTransport(transports.Transport):
    __slots__ = ('_writer', '__weakref__')

    def __init__(self, writer):
        super().__init__()
        self._writer = writer

    def __repr__(self):
        return self._writer._transport_repr()

    def get_extra_info(self, name, default=None):
        return self._writer.get_extra_info(name, default)

    def write(self, data):
        self._writer.write(data)

    def writelines(self, list_of_data):
        self._writer.writelines(list_of_data)

    def write_eof(self):
        self._writer.write_eof()

    def can_write_eof(self):
        return self._writer.can_write_eof()

    def close(self):
        self._writer.close()

    def abort(self):
        self._writer.abort()

    def is_closing(self):
        return self._writer.is_closing()

    def get_write_buffer_size(self):
        return self._writer.get_write_buffer_size()

    def get_write_buffer_limits(self):
        limits = self._writer.__dict__.get('_write_limits')
        return limits if limits is not None else self._writer.get_write_buffer_limits()

    def set_write_buffer_limits(self, high=None, low=None):
        # Checked and reported as CPython's _FlowControlMixin does; the writer's drain()
        # keeps pausing at its own 64 KiB mark (only how long a drain waits differs).
        self._writer._write_limits = transports._write_limits(high, low)

    # The stream reader reads only while a read is awaited, so pausing only shows in
    # is_reading() and the repr (read=idle), as CPython's transport shows it.
    def is_reading(self):
        return self._writer.is_reading() and not self._writer.__dict__.get('_read_paused', False)

    def pause_reading(self):
        self._writer._read_paused = True

    def resume_reading(self):
        self._writer._read_paused = False


class _SelectorSocketTransport(_WriterTransport):
    __slots__ = ()
    __module__ = 'asyncio.selector_events'


class _UnixWritePipeTransport(_WriterTransport):
    __slots__ = ()
    __module__ = 'asyncio.unix_events'

    def is_reading(self):
        raise AttributeError("'_UnixWritePipeTransport' object has no attribute 'is_reading'")


def transport_of(writer, pipe):
    """The writer's transport object: the same one while it is in use (the writer keeps it
    weakly, so it does not keep the writer alive in a cycle)."""
    ref = writer.__dict__.get('_transport_ref')
    view = _weak_get(ref) if ref is not None else None
    if view is None:
        view = (_UnixWritePipeTransport if pipe else _SelectorSocketTransport)(writer)
        writer._transport_ref = _weak_new(view)
    return view
