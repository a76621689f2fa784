"""mmap: memory-mapped views of regular files (and anonymous memory).

A file-backed map reads and writes the file's bytes in place with pread/pwrite on its
own duplicate of the descriptor, so, like a MAP_SHARED mapping, what one side writes
the other sees at once. A copy-on-write map (ACCESS_COPY) and an anonymous map keep
their bytes in memory. The object's API, bounds checks and error messages follow
CPython's mmap.mmap."""

import os as _os
from resource import getpagesize as _getpagesize

error = OSError

PAGESIZE = ALLOCATIONGRANULARITY = _getpagesize()

ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY = 0, 1, 2, 3
PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
MAP_SHARED, MAP_PRIVATE = 1, 2
MAP_DENYWRITE, MAP_EXECUTABLE = 0x800, 0x1000
MAP_ANON = MAP_ANONYMOUS = 0x20
MAP_POPULATE, MAP_STACK = 0x8000, 0x20000
(MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL, MADV_WILLNEED, MADV_DONTNEED) = range(5)
MADV_FREE, MADV_REMOVE, MADV_DONTFORK, MADV_DOFORK = 8, 9, 10, 11
MADV_MERGEABLE, MADV_UNMERGEABLE, MADV_HUGEPAGE, MADV_NOHUGEPAGE = 12, 13, 14, 15
MADV_DONTDUMP, MADV_DODUMP, MADV_HWPOISON = 16, 17, 100

_CLOSED = "mmap closed or invalid"
_READONLY = "mmap can't modify a readonly memory map."


def _as_bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)) or hasattr(type(data), '__bytes__') \
            and not isinstance(data, (str, int)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _as_int(value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return value


class _ExportToken:
    """Held by each memoryview of a map (and its slices): while one lives, the map's
    buffer is exported and the map cannot be closed or resized, as in CPython."""
    __slots__ = ('__weakref__',)


class mmap:
    """mmap(fileno, length[, flags[, prot[, access[, offset]]]])

    A mapping of length bytes of the file open on fileno (-1 for anonymous memory),
    starting at offset; length 0 maps the whole rest of the file."""

    _fd = -1
    _memory = None
    _closed = True
    # weak references to the export tokens of the views made so far
    _exports = ()
    # a writable file-backed map's views look at in-memory copies: [copy, bytes last synced,
    # token reference] each, kept in step with the file (see _sync_views)
    _views = ()

    def __init__(self, fileno, length, flags=MAP_SHARED, prot=PROT_WRITE | PROT_READ,
                 access=ACCESS_DEFAULT, offset=0):
        for value in (fileno, length, flags, prot, access, offset):
            _as_int(value)
        if length < 0:
            raise OverflowError("memory mapped length must be positive")
        if offset < 0:
            raise OverflowError("memory mapped offset must be positive")
        if access != ACCESS_DEFAULT and (flags != MAP_SHARED
                                         or prot != PROT_WRITE | PROT_READ):
            raise ValueError("mmap can't specify both access and flags, prot.")
        if access == ACCESS_DEFAULT:
            if prot & PROT_WRITE:
                access = ACCESS_COPY if flags & MAP_PRIVATE else ACCESS_WRITE
            else:
                access = ACCESS_READ
        elif access not in (ACCESS_READ, ACCESS_WRITE, ACCESS_COPY):
            raise ValueError("mmap invalid access parameter.")
        if fileno != -1:
            size = _os.fstat(fileno).st_size
            if length == 0:
                if size == 0:
                    raise ValueError("cannot mmap an empty file")
                if offset >= size:
                    raise ValueError("mmap offset is greater than file size")
                length = size - offset
            elif offset > size or size - offset < length:
                raise ValueError("mmap length is greater than file size")
        elif length == 0:
            raise OSError(22, 'Invalid argument')
        if offset % ALLOCATIONGRANULARITY:
            raise OSError(22, 'Invalid argument')
        self._access = access
        self._length = length
        self._offset = offset
        self._pos = 0
        if fileno == -1:
            self._memory = bytearray(length)
        else:
            self._fd = _os.dup(fileno)
            if access == ACCESS_COPY:
                # a private copy: later writes stay in this object
                self._memory = bytearray(_os.pread(self._fd, length, offset))
        self._closed = False

    # ---- the mapped bytes ----

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED)

    def _check_writable(self):
        self._check()
        if self._access == ACCESS_READ:
            raise TypeError(_READONLY)

    def _get(self, start, stop):
        if stop <= start:
            return b''
        if self._views:
            self._sync_views()
        if self._memory is not None:
            return bytes(self._memory[start:stop])
        data = _os.pread(self._fd, stop - start, self._offset + start)
        # past the end of a file truncated behind our back: zeros, not a crash
        return data + bytes(stop - start - len(data))

    def _put(self, start, data):
        if not data:
            return
        if self._memory is not None:
            self._memory[start:start + len(data)] = data
            return
        if self._views:
            self._sync_views()
        _os.pwrite(self._fd, data, self._offset + start)
        # the views see the write at once, as views of a shared mapping do
        for view in self._views:
            view[0][start:start + len(data)] = data
            view[1] = bytes(view[0])

    # ---- the buffer protocol (memoryview, hashlib, re, os.write read the bytes) ----

    def _buffer_export(self):
        """(the bytes a new memoryview shows, its export token)."""
        self._check()
        from _weakref import new, get
        if self._memory is not None:
            data = self._memory if self._access != ACCESS_READ else bytes(self._memory)
        elif self._access == ACCESS_READ:
            data = self._all()
        else:
            data = bytearray(self._all())
        token = _ExportToken()
        if isinstance(data, bytearray) and data is not self._memory:
            self._views = [v for v in self._views if get(v[2]) is not None]
            self._views.append([data, bytes(data), new(token)])
        self._exports = [h for h in self._exports if get(h) is not None] + [new(token)]
        return data, token

    def _exported(self):
        from _weakref import get
        return any(get(h) is not None for h in self._exports)

    def _sync_views(self):
        """Write what was changed through the views to the file."""
        from _weakref import get
        for view in self._views:
            copy, synced = view[0], view[1]
            if copy == synced:
                continue
            first = next(i for i in range(len(copy)) if copy[i] != synced[i])
            last = next(i for i in range(len(copy) - 1, -1, -1) if copy[i] != synced[i])
            _os.pwrite(self._fd, bytes(copy[first:last + 1]), self._offset + first)
            view[1] = bytes(copy)
        self._views = [v for v in self._views if get(v[2]) is not None]

    def _all(self):
        return self._get(0, self._length)

    # ---- the object's API ----

    @property
    def closed(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        if self._exported():
            raise BufferError("cannot close exported pointers exist")
        if self._views:
            self._sync_views()
        self._closed = True
        fd, self._fd = self._fd, -1
        self._memory = None
        if fd >= 0:
            _os.close(fd)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        self._exports = ()
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        raise TypeError("cannot pickle 'mmap.mmap' object")

    def __len__(self):
        self._check()
        return self._length

    def __bytes__(self):
        self._check()
        return self._all()

    def _index(self, index):
        index = _as_int(index)
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("mmap index out of range")
        return index

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._length)
            if step == 1:
                return self._get(start, stop)
            return self._all()[start:stop:step]
        if not hasattr(type(key), '__index__'):
            raise TypeError("mmap indices must be integers")
        index = self._index(key.__index__())
        return self._get(index, index + 1)[0]

    def __setitem__(self, key, value):
        self._check_writable()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._length)
            data = _as_bytes(value)
            positions = range(start, stop, step)
            if len(data) != len(positions):
                raise IndexError("mmap slice assignment is wrong size")
            if step == 1:
                self._put(start, data)
            else:
                for where, byte in zip(positions, data):
                    self._put(where, bytes((byte,)))
            return
        if not hasattr(type(key), '__index__'):
            raise TypeError("mmap indices must be integers")
        index = self._index(key.__index__())
        if not isinstance(value, int):
            raise TypeError("mmap item value must be an int")
        if not 0 <= value < 256:
            raise ValueError("mmap item value must be in range(0, 256)")
        self._put(index, bytes((value,)))

    def __delitem__(self, key):
        raise TypeError("mmap doesn't support item deletion")

    def __iter__(self):
        # iteration goes through the sequence protocol: one-byte bytes objects
        self._check()
        for i in range(self._length):
            yield self._get(i, i + 1)

    def __contains__(self, item):
        return any(item == piece for piece in self)

    def _span(self, start, end):
        length = self._length
        start = self._pos if start is None else _as_int(start)
        end = length if end is None else _as_int(end)
        if start < 0:
            start = max(0, start + length)
        if end < 0:
            end = max(0, end + length)
        return min(start, length), min(end, length)

    def find(self, sub, start=None, end=None):
        """Lowest index of sub in [start, end] (start defaults to the position), or -1."""
        self._check()
        sub = _as_bytes(sub)
        start, end = self._span(start, end)
        return self._all().find(sub, start, end)

    def rfind(self, sub, start=None, end=None):
        """Highest index of sub in [start, end], or -1."""
        self._check()
        sub = _as_bytes(sub)
        start, end = self._span(start, end)
        return self._all().rfind(sub, start, end)

    def flush(self, offset=0, size=None):
        """Writes reach the file as they happen; only the range is checked."""
        self._check()
        if size is None:
            size = self._length
        if offset < 0 or size < 0 or offset + size > self._length:
            raise ValueError("flush values out of range")
        if self._views:
            self._sync_views()
        return None

    def madvise(self, option, start=0, length=None):
        self._check()
        _as_int(option)
        if length is None:
            length = self._length
        if start < 0 or start >= self._length:
            raise ValueError("madvise start out of bounds")
        if length < 0:
            raise ValueError("madvise length invalid")
        return None

    def move(self, dest, src, count):
        """Copy count bytes from offset src to offset dest."""
        self._check_writable()
        for value in (dest, src, count):
            _as_int(value)
        length = self._length
        if min(dest, src, count) < 0 or src + count > length or dest + count > length:
            raise ValueError("source, destination, or count out of range")
        self._put(dest, self._get(src, src + count))

    def read(self, n=None):
        """Up to n bytes from the position (all the rest for None or a negative n)."""
        self._check()
        remaining = self._length - self._pos
        if n is not None and not isinstance(n, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(n).__name__)
        if n is None or n < 0 or n > remaining:
            n = remaining
        data = self._get(self._pos, self._pos + n)
        self._pos += n
        return data

    def read_byte(self):
        self._check()
        if self._pos >= self._length:
            raise ValueError("read byte out of range")
        self._pos += 1
        return self._get(self._pos - 1, self._pos)[0]

    def readline(self):
        """The bytes from the position through the next newline (or the end)."""
        self._check()
        rest = self._get(self._pos, self._length)
        cut = rest.find(b'\n')
        line = rest if cut < 0 else rest[:cut + 1]
        self._pos += len(line)
        return line

    def resize(self, newsize):
        """Change the map's length (and a mapped file's size to match)."""
        self._check()
        if self._exported():
            raise BufferError("mmap can't resize with extant buffers exported.")
        if self._access in (ACCESS_READ, ACCESS_COPY):
            raise TypeError("mmap can't resize a readonly or copy-on-write memory map.")
        newsize = _as_int(newsize)
        if newsize < 0:
            raise ValueError("new size out of range")
        if self._memory is not None:
            if newsize < self._length:
                del self._memory[newsize:]
            else:
                self._memory.extend(bytes(newsize - self._length))
        else:
            _os.ftruncate(self._fd, self._offset + newsize)
        self._length = newsize
        if self._pos > newsize:
            self._pos = newsize

    def seek(self, pos, whence=0):
        self._check()
        pos = _as_int(pos)
        if whence == 0:
            where = pos
        elif whence == 1:
            where = self._pos + pos
        elif whence == 2:
            where = self._length + pos
        else:
            raise ValueError("unknown seek type")
        if not 0 <= where <= self._length:
            raise ValueError("seek out of range")
        self._pos = where

    def size(self):
        """The size of the mapped file (an anonymous map has no file: EBADF)."""
        self._check()
        if self._fd < 0:
            raise OSError(9, 'Bad file descriptor')
        return _os.fstat(self._fd).st_size

    def tell(self):
        self._check()
        return self._pos

    def write(self, data):
        """Write data at the position; the number of bytes written."""
        self._check_writable()
        data = _as_bytes(data)
        if self._pos > self._length or self._length - self._pos < len(data):
            raise ValueError("data out of range")
        self._put(self._pos, data)
        self._pos += len(data)
        return len(data)

    def write_byte(self, byte):
        self._check_writable()
        byte = _as_int(byte)
        if byte > 255:
            raise OverflowError("unsigned byte integer is greater than maximum")
        if byte < 0:
            raise OverflowError("unsigned byte integer is less than minimum")
        if self._pos >= self._length:
            raise ValueError("write byte out of range")
        self._put(self._pos, bytes((byte,)))
        self._pos += 1


# a C type in CPython: messages name it 'mmap.mmap'
__import__('_time')._set_type_name(mmap, 'mmap.mmap')
