"""StreamReader: a response body (`resp.content`) read off the connection with its HTTP/1.1
framing undone: Content-Length, chunked transfer coding, or everything until the server closes."""

import asyncio

from .client_exceptions import ClientPayloadError, ClientOSError, ServerTimeoutError, SocketTimeoutError

__all__ = ('StreamReader', 'EMPTY', 'LENGTH', 'CHUNKED', 'UNTIL_CLOSE')

EMPTY, LENGTH, CHUNKED, UNTIL_CLOSE = 'empty', 'length', 'chunked', 'until-close'
_READ_SIZE = 2 ** 16


def _incomplete(kind, message):
    return ClientPayloadError(
        f"Response payload is not completed: <{kind}: 400, message='{message}'>")


class _ReadTimer:
    """Bounds each socket read by the request's total deadline and ClientTimeout.sock_read."""

    def __init__(self, deadline=None, sock_read=None):
        self.deadline = deadline
        self.sock_read = sock_read

    async def run(self, awaitable):
        if self.deadline is None and self.sock_read is None:
            return await awaitable
        loop = asyncio.get_running_loop()
        when = self.deadline
        read_limit = None
        if self.sock_read is not None:
            read_limit = loop.time() + self.sock_read
            if when is None or read_limit < when:
                when = read_limit
            else:
                read_limit = None
        try:
            async with asyncio.timeout_at(when):
                return await awaitable
        except TimeoutError:
            if read_limit is not None:
                raise SocketTimeoutError('Timeout on reading data from socket') from None
            raise


class StreamReader:
    """The body of one response. Reaching its end hands the connection back (on_eof)."""

    def __init__(self, source, mode, length=0, on_eof=None, timer=None):
        self._source = source           # the connection's asyncio.StreamReader
        self._mode = mode
        self._remaining = length
        self._on_eof = on_eof
        self._timer = timer or _ReadTimer()
        self._buffer = b''
        self._eof = False
        self._exception = None
        self.total_bytes = 0
        if mode == EMPTY or (mode == LENGTH and length == 0):
            self._finish()

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc

    def is_eof(self):
        return self._eof

    def at_eof(self):
        return self._eof and not self._buffer

    def _finish(self):
        self._eof = True
        on_eof, self._on_eof = self._on_eof, None
        if on_eof is not None:
            on_eof()

    async def _fill(self):
        """Move the next piece of the body into the buffer; False once the body is over."""
        if self._exception is not None:
            raise self._exception
        if self._eof:
            return False
        try:
            data = await self._timer.run(self._next_piece())
        except (ClientPayloadError, ServerTimeoutError, asyncio.TimeoutError) as exc:
            self._exception = exc
            raise
        except OSError as exc:
            self._exception = ClientOSError(exc.errno, exc.strerror)
            raise self._exception from exc
        if data:
            self._buffer += data
            self.total_bytes += len(data)
        return bool(data) or not self._eof

    async def _next_piece(self):
        src = self._source
        if self._mode == LENGTH:
            data = await src.read(min(self._remaining, _READ_SIZE))
            if not data:
                expected = self.total_bytes + self._remaining
                raise _incomplete('ContentLengthError',
                                  'Not enough data to satisfy content length header '
                                  f'(received {self.total_bytes} of {expected} bytes).')
            self._remaining -= len(data)
            if self._remaining <= 0:
                self._finish()
            return data
        if self._mode == CHUNKED:
            return await self._next_chunk(src)
        data = await src.read(_READ_SIZE)
        if not data:
            self._finish()
        return data

    async def _next_chunk(self, src):
        line = await src.readline()
        if not line.endswith(b'\n'):
            raise _incomplete('TransferEncodingError',
                              'Not enough data to satisfy transfer length header.')
        size_text = line.split(b';', 1)[0].strip().decode('latin-1')
        try:
            size = int(size_text, 16)
        except ValueError:
            size = -1
        if size < 0 or not size_text:
            raise _incomplete('TransferEncodingError', 'Invalid chunk size')
        if size == 0:
            while (await src.readline()) not in (b'\r\n', b'\n', b''):
                pass                      # trailer fields are ignored
            self._finish()
            return b''
        try:
            data = await src.readexactly(size)
            end = await src.readexactly(2)
        except asyncio.IncompleteReadError:
            raise _incomplete('TransferEncodingError',
                              'Not enough data to satisfy transfer length header.') from None
        if end != b'\r\n':
            raise _incomplete('TransferEncodingError', 'Chunk size mismatch')
        return data

    async def read(self, n=-1):
        """Up to n bytes (all of the rest if n < 0); b'' at the end of the body."""
        if n == 0:
            return b''
        if n < 0:
            while await self._fill():
                pass
            data, self._buffer = self._buffer, b''
            return data
        while not self._buffer and await self._fill():
            pass
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    async def readany(self):
        return await self.read(_READ_SIZE)

    async def readline(self):
        return await self.readuntil(b'\n')

    async def readuntil(self, separator=b'\n'):
        while separator not in self._buffer:
            if not await self._fill():
                data, self._buffer = self._buffer, b''
                return data
        i = self._buffer.index(separator) + len(separator)
        data, self._buffer = self._buffer[:i], self._buffer[i:]
        return data

    async def readexactly(self, n):
        while len(self._buffer) < n:
            if not await self._fill():
                partial, self._buffer = self._buffer, b''
                raise asyncio.IncompleteReadError(partial, n)
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def read_nowait(self, n=-1):
        if n < 0:
            data, self._buffer = self._buffer, b''
        else:
            data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    async def iter_chunked(self, n):
        """Yield the body in pieces of at most n bytes."""
        while True:
            data = await self.read(n)
            if not data:
                return
            yield data

    async def iter_any(self):
        while True:
            data = await self.readany()
            if not data:
                return
            yield data

    def __aiter__(self):
        return self._lines()

    async def _lines(self):
        while True:
            line = await self.readline()
            if not line:
                return
            yield line
