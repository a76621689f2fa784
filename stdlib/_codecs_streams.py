"""codecs' stream classes: StreamWriter and StreamReader wrap a byte stream so writes take
str and reads give str (what `codecs.getwriter(enc)(sys.stdout.buffer)` returns), and
StreamReaderWriter pairs them. Each codec's own subclasses, named StreamWriter and
StreamReader as CPython's encodings modules name theirs, carry its functions."""


class _StreamWrapper:
    """What the three wrappers share: the stream's other attributes, `with` closing the
    stream, and no pickling."""

    def __getattr__(self, name, getattr=getattr):
        # Everything not defined here (flush, close, fileno, ...) is the stream's.
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamWriter(_StreamWrapper):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

class StreamReader(_StreamWrapper):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._decoder = None
        self._chars = ''

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _new_decoder(self):
        return self._incremental(self.errors)

    def _fill(self, size):
        """Read up to `size` bytes (all when negative) and decode them onto the buffer;
        False at the end of the stream."""
        if self._decoder is None:
            self._decoder = self._new_decoder()
        data = self.stream.read() if size < 0 else self.stream.read(size)
        self._chars += self._decoder.decode(data, final=not data)
        return bool(data)

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0 and size < 0:
            self._fill(-1)
        else:
            want = chars if chars >= 0 else size
            while len(self._chars) < want and self._fill(max(size, 72)):
                pass
        if chars >= 0 or size >= 0:
            n = chars if chars >= 0 else size
            result, self._chars = self._chars[:n], self._chars[n:]
        else:
            result, self._chars = self._chars, ''
        return result

    def readline(self, size=None, keepends=True):
        while True:
            lines = self._chars.splitlines(keepends=True)
            if len(lines) > 1 or (lines and lines[0][-1:] in ('\n', '\r') and lines[0][-2:] != '\r'):
                break
            if size is not None and len(self._chars) >= size:
                break
            if not self._fill(72):
                break
        lines = self._chars.splitlines(keepends=True)
        if not lines:
            return ''
        line = lines[0]
        if size is not None and len(line) > size:
            line = line[:size]
        self._chars = self._chars[len(line):]
        return line if keepends else line.splitlines()[0] if line.splitlines() else ''

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._decoder = None
        self._chars = ''

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

class StreamReaderWriter(_StreamWrapper):
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()



def codec_classes(encode, decode, incrementaldecoder):
    """A codec's own (StreamReader, StreamWriter) subclasses."""
    writer = type('StreamWriter', (StreamWriter,), {'encode': staticmethod(encode)})
    reader = type('StreamReader', (StreamReader,), {
        'decode': staticmethod(decode), '_incremental': staticmethod(incrementaldecoder)})
    return reader, writer
