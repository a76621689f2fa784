"""socket: BSD sockets over the native _socket, shaped like CPython's socket.py: the
socket class (repr, context manager, accept wrapping the new descriptor, enum-valued
family/type), socketpair, getaddrinfo with enum members, create_connection and
create_server."""

import _socket
from _socket import *
from enum import IntEnum

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind"]


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_SEQPACKET = 5
    SOCK_NONBLOCK = 2048
    SOCK_CLOEXEC = 524288


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOCK_SEQPACKET = SocketKind.SOCK_SEQPACKET
SOCK_NONBLOCK = SocketKind.SOCK_NONBLOCK
SOCK_CLOEXEC = SocketKind.SOCK_CLOEXEC

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


_ss = _socket.socket


class socket(_socket.socket):
    """A subclass of _socket.socket adding the I/O conveniences."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" \
            % (self.__class__.__module__,
               self.__class__.__qualname__,
               " [closed]" if closed else "",
               self.fileno(),
               self.family,
               self.type,
               self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except error:
                pass
        s += '>'
        return s

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        import os
        fd = os.dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """accept() -> (socket object, address info)"""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *,
                 encoding=None, errors=None, newline=None):
        """makefile(...) -> a file object reading and/or writing the socket (a buffered
        binary file, or a text file without 'b' in mode)."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        return _SocketFile(self, mode, encoding, errors, newline)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        self._closed = True
        return _ss.detach(self)

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(_ss.family.fget(self), AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(_ss.type.fget(self), SocketKind)


class _SocketFile:
    """What socket.makefile() returns: CPython's SocketIO wrapped in a BufferedReader/
    BufferedWriter (and a TextIOWrapper in text mode), folded into one object. Writes are
    buffered until flush() or close(), as BufferedWriter's are; the socket's real close waits
    until its files are closed (the _io_refs count)."""

    def __init__(self, sock, mode, encoding, errors, newline):
        self._sock = sock
        self.mode = mode
        self._text = 'b' not in mode
        self._reading = 'r' in mode
        self._writing = 'w' in mode
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._rbuf = b''
        self._wbuf = bytearray()
        self._eof = False
        self.closed = False
        sock._io_refs += 1

    def _check(self, reading):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if reading and not self._reading:
            import io
            raise io.UnsupportedOperation('read')
        if not reading and not self._writing:
            import io
            raise io.UnsupportedOperation('write')

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(8192)
        if not data:
            self._eof = True
            return False
        self._rbuf += data
        return True

    def _out(self, data):
        return data.decode(self._encoding, self._errors) if self._text else data

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._rbuf = self._rbuf, b''
        else:
            while len(self._rbuf) < size and self._fill():
                pass
            data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return self._out(data)

    def readline(self, size=-1):
        self._check(True)
        while b'\n' not in self._rbuf and self._fill():
            pass
        end = self._rbuf.find(b'\n') + 1 or len(self._rbuf)
        if size is not None and size >= 0:
            end = min(end, size)
        data, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return self._out(data)

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(False)
        if self._text:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not %s' % type(data).__name__)
            self._wbuf += data.encode(self._encoding, self._errors)
        else:
            self._wbuf += data
        return len(data)

    def flush(self):
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf.clear()
            self._sock.sendall(data)

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        if self.closed:
            return
        try:
            if self._writing:
                self.flush()
        finally:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def fromfd(fd, family, type, proto=0):
    import os
    nfd = os.dup(fd)
    return socket(family, type, proto, nfd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """socketpair([family[, type[, proto]]]) -> (socket object, socket object)"""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, _ss.detach(a))
    b = socket(family, type, proto, _ss.detach(b))
    return a, b


_GLOBAL_DEFAULT_TIMEOUT = object()


def gethostbyaddr(ip, /):
    """Return the true host name, a list of aliases, and a list of IP addresses, for a host
    given by name or address: the resolver's name for the address (getnameinfo with
    NI_NAMEREQD, which reads /etc/hosts as CPython's gethostbyaddr_r does); no aliases."""
    if not isinstance(ip, str):
        raise TypeError("gethostbyaddr() argument 1 must be str, bytes or bytearray, not %s"
                        % type(ip).__name__)
    addr = getaddrinfo(ip, None)[0][4]
    try:
        host = getnameinfo((addr[0], 0) + tuple(addr[2:]), NI_NAMEREQD)[0]
    except gaierror:
        raise herror(1, 'Unknown host') from None
    return host, [], [addr[0]]


def getfqdn(name=''):
    """Get fully qualified domain name from name: the first of the host's names (its
    resolved name, then its aliases) with a dot in it, else its resolved name."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if '.' in name:
                break
        else:
            name = hostname
    return name


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to address (host, port) and return the socket object."""
    host, port = address
    exceptions = []
    for res in getaddrinfo(host, port, 0, SOCK_STREAM):
        af, socktype, proto, canonname, sa = res
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            exceptions.clear()
            return sock
        except error as exc:
            if not all_errors:
                exceptions.clear()
            exceptions.append(exc)
            if sock is not None:
                sock.close()
    if len(exceptions):
        try:
            if not all_errors:
                raise exceptions[0]
            raise ExceptionGroup("create_connection failed", exceptions)
        finally:
            exceptions.clear()
    else:
        raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """Create a TCP socket bound to address and listening."""
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        raise ValueError("dualstack_ipv6 not supported on this platform")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        try:
            sock.bind(address)
        except error as err:
            msg = '%s (while attempting to bind on address %r)' % \
                (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into a list of 5-tuples
    (family, type, proto, canonname, sockaddr)."""
    addrlist = []
    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):
        af, socktype, proto, canonname, sa = res
        addrlist.append((_intenum_converter(af, AddressFamily),
                         _intenum_converter(socktype, SocketKind),
                         proto, canonname, sa))
    return addrlist
