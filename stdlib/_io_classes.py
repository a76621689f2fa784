"""io's class hierarchy: the IOBase/RawIOBase/BufferedIOBase/TextIOBase ABCs (with corio's
native file, standard stream and in-memory types registered, so isinstance checks answer as
in CPython), the concrete class names, and a TextIOWrapper that decodes a binary stream."""

import abc
import sys


class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes."""

    __closed = False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def flush(self):
        self._checkClosed()

    def close(self):
        # As CPython: flushed once, then closed even if the flush fails.
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        # As CPython's iobase_finalize: a stream still open when it is collected is closed
        # (a TextIOWrapper closes its buffer with it), and an error from close() is dropped.
        try:
            closed = self.closed
        except Exception:
            closed = False
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        # CPython's _IOBase.readline: a byte at a time through read(), up to a newline.
        if size is None:
            size = -1
        line = bytearray()
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def readlines(self, hint=None):
        # Lines from iterating the stream, until their total length exceeds `hint` (CPython's
        # _IOBase.readlines: the line that goes past it is kept).
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a BufferedIOBase object, buffer."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        self._buffer = buffer
        # no encoding, or "locale", means the locale's: UTF-8 here, spelled as CPython does
        self._encoding = 'UTF-8' if encoding in (None, 'locale') else encoding
        self._errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._pending = ''
        # Encoded text not yet handed to the buffer: as CPython's TextIOWrapper, writes wait
        # here until a chunk's worth (8192 bytes), a flush, a newline under line_buffering,
        # or write_through.
        self._wpending = []
        self._wpending_len = 0

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return getattr(self._buffer, 'name', None)

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    _seen_newlines = 0      # bits: 1 for '\r', 2 for '\n', 4 for '\r\n'

    def _translate(self, text):
        if self._newline in (None, ''):
            crlf = text.count('\r\n')
            seen = (1 if text.count('\r') > crlf else 0) | (2 if text.count('\n') > crlf else 0)
            self._seen_newlines |= seen | (4 if crlf else 0)
        # Universal newlines on input unless newline is given.
        if self._newline is None:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    @property
    def newlines(self):
        """The kinds of line end read so far (universal and '' modes), as CPython."""
        kinds = tuple(kind for bit, kind in ((1, '\r'), (2, '\n'), (4, '\r\n'))
                      if self._seen_newlines & bit)
        return kinds[0] if len(kinds) == 1 else (kinds or None)

    def _line_end(self, text, final):
        """Where the first line of text ends, or None if more text could change it: the
        terminators follow newline= ('' splits at '\r', '\n' and '\r\n')."""
        mode = self._newline
        if mode == '':
            for i, ch in enumerate(text):
                if ch == '\n':
                    return i + 1
                if ch == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return i + 1 if final else None
            return None
        mark = '\n' if mode is None else mode
        at = text.find(mark)
        return None if at < 0 else at + len(mark)

    def _decoded_rest(self):
        self._write_pending()
        text = self._pending + self._translate(self._buffer.read().decode(self._encoding,
                                                                           self._errors))
        self._pending = ''
        return text

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            return self._decoded_rest()
        self._write_pending()
        while len(self._pending) < size:
            chunk = self._buffer.read(max(size, 8192))
            if not chunk:
                break
            self._pending += self._translate(chunk.decode(self._encoding, self._errors))
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def readline(self, size=-1):
        self._check_open()
        self._write_pending()
        while self._line_end(self._pending, False) is None:
            chunk = self._buffer.readline()
            if not chunk:
                break
            self._pending += self._translate(chunk.decode(self._encoding, self._errors))
        end = self._line_end(self._pending, True) or len(self._pending)
        if size is not None and 0 <= size < end:
            end = size
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def readlines(self, hint=-1):
        return list(self)

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        data = text.encode(self._encoding, self._errors)
        self._wpending.append(data)
        self._wpending_len += len(data)
        needflush = self.line_buffering and ('\n' in s or '\r' in s)
        if self._wpending_len > 8192 or needflush or self.write_through:
            self._write_pending()
        if needflush:
            self._buffer.flush()
        return len(s)

    def _write_pending(self):
        if self._wpending:
            data = b''.join(self._wpending)
            self._wpending = []
            self._wpending_len = 0
            self._buffer.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()
        self._write_pending()
        self._buffer.flush()

    def close(self):
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    def seek(self, offset, whence=0):
        self._write_pending()
        self._pending = ''
        return self._buffer.seek(offset, whence)

    def tell(self):
        self._write_pending()
        return self._buffer.tell() - len(self._pending.encode(self._encoding, self._errors))

    def reconfigure(self, *, encoding=None, errors=None, newline=None, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if line_buffering is not None:
            self.line_buffering = line_buffering
        if write_through is not None:
            self.write_through = write_through

    def _check_open(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        if self._buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def __repr__(self):
        name = getattr(self._buffer, 'name', None)
        if name is None:
            return "<_io.TextIOWrapper encoding='%s'>" % self._encoding
        return "<_io.TextIOWrapper name=%r encoding='%s'>" % (name, self._encoding)


class BufferedReader(BufferedIOBase):
    """A buffer for a readable raw stream (corio: binary files opened 'rb')."""


class BufferedWriter(BufferedIOBase):
    """A buffer for a writable raw stream (corio: binary files opened 'wb')."""


class BufferedRandom(BufferedIOBase):
    """A buffered interface to random access streams (corio: binary files opened 'r+b')."""


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer combined into one buffered stream."""


class FileIO(RawIOBase):
    """Raw file I/O on a file descriptor."""


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n while decoding (the universal newlines mode)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = self.decoder.decode(input, final=final) if self.decoder else input
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def reset(self):
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()


def _native_hook(cls, C):
    """corio's native stream types count as the CPython classes of the same _io name."""
    if cls.__dict__.get('_native_name') and getattr(C, '__module__', None) == '_io' \
            and getattr(C, '__name__', None) == cls._native_name:
        return True
    return NotImplemented


for _cls, _name in ((TextIOWrapper, 'TextIOWrapper'), (BufferedReader, 'BufferedReader'),
                    (BufferedWriter, 'BufferedWriter'), (BufferedRandom, 'BufferedRandom'),
                    (FileIO, 'FileIO')):
    _cls._native_name = _name
    _cls.__subclasshook__ = classmethod(_native_hook)
    _cls.__module__ = 'io'
for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, BufferedRWPair,
             IncrementalNewlineDecoder):
    _cls.__module__ = 'io'
del _cls, _name
