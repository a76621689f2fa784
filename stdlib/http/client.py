"""HTTP/1.1 client (CPython's http.client): HTTPConnection sends a request over a socket and
HTTPResponse reads the status line, the headers and a body framed by Content-Length,
chunked transfer coding or the end of the connection. The headers come as an HTTPMessage,
the case-insensitive multi-valued mapping CPython builds on email.message.Message. No TLS:
there is no HTTPSConnection, as in a CPython built without ssl."""

import io as _io
import socket as _socket

from http import HTTPStatus as _HTTPStatus

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPException", "NotConnected",
           "UnknownProtocol", "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses", "HTTPMessage"]

HTTP_PORT = 80
HTTPS_PORT = 443
_MAXLINE = 65536
_MAXHEADERS = 100

responses = {v: v.phrase for v in _HTTPStatus.__members__.values()}
globals().update(_HTTPStatus.__members__)


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        e = ', %i more expected' % self.expected if self.expected is not None else ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPMessage:
    """Header fields in arrival order; names compare without case."""

    def __init__(self):
        self._headers = []

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, _ in self._headers)

    def __iter__(self):
        return iter([k for k, _ in self._headers])

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._headers.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values or failobj

    def getallmatchingheaders(self, name):
        name = name.lower()
        return ['%s: %s' % (k, v) for k, v in self._headers if k.lower() == name]

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def get_content_type(self):
        value = self.get('content-type')
        if value is None:
            return 'text/plain'
        ctype = value.split(';')[0].strip().lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_charset(self, failobj=None):
        value = self.get('content-type') or ''
        for part in value.split(';')[1:]:
            key, _, v = part.strip().partition('=')
            if key.strip().lower() == 'charset':
                return v.strip().strip('"').lower()
        return failobj

    def get_param(self, param, failobj=None, header='content-type'):
        value = self.get(header) or ''
        for part in value.split(';')[1:]:
            key, _, v = part.strip().partition('=')
            if key.strip().lower() == param.lower():
                return v.strip().strip('"')
        return failobj

    def as_string(self):
        return ''.join('%s: %s\n' % (k, v) for k, v in self._headers) + '\n'

    __str__ = as_string

    def as_bytes(self):
        return self.as_string().encode('latin-1')


def parse_headers(fp, _class=HTTPMessage):
    """The header block read off `fp` up to its blank line."""
    msg = _class()
    count = 0
    last = None
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        if line in (b'\r\n', b'\n', b''):
            break
        count += 1
        if count > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        text = line.decode('iso-8859-1').rstrip('\r\n')
        if text[:1] in (' ', '\t') and last is not None:
            # An obsolete folded continuation line belongs to the previous field.
            k, v = msg._headers[-1]
            msg._headers[-1] = (k, v + ' ' + text.strip())
            continue
        name, sep, value = text.partition(':')
        if not sep:
            continue
        msg._headers.append((name, value.strip()))
        last = name
    return msg


class HTTPResponse(_io.BufferedIOBase):
    # A buffered binary stream, as CPython's: iteration by lines, `with` and closing when
    # collected come from IOBase.

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = 'UNKNOWN'
        self.status = 'UNKNOWN'
        self.reason = 'UNKNOWN'
        self.chunked = 'UNKNOWN'
        self.chunk_left = 'UNKNOWN'
        self.length = 'UNKNOWN'
        self.will_close = 'UNKNOWN'
        self.url = url

    def _read_status(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if not line:
            # The server closed the connection before sending a status line.
            raise RemoteDisconnected("Remote end closed connection without response")
        text = line.decode('iso-8859-1')
        try:
            version, status, reason = text.split(None, 2)
        except ValueError:
            try:
                version, status = text.split(None, 1)
                reason = ""
            except ValueError:
                version = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(text)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(text)
        except ValueError:
            raise BadStatusLine(text) from None
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            parse_headers(self.fp)  # a 100 Continue's headers are skipped
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        te = self.headers.get("transfer-encoding")
        self.chunked = bool(te and te.lower() == "chunked")
        self.chunk_left = None
        conn = (self.headers.get("connection") or "").lower()
        if self.version == 11:
            self.will_close = "close" in conn
        else:
            self.will_close = "keep-alive" not in conn and not self.headers.get("keep-alive")
        self.length = None
        length = self.headers.get("content-length")
        if length is not None and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status in (204, 304) or 100 <= status < 200 or self._method == "HEAD"):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        if fp is not None:
            fp.close()

    def close(self):
        try:
            super().close()  # the `closed` flag
        finally:
            self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def __iter__(self):
        # CPython's own: iterating a closed response gives nothing rather than raising.
        return self

    def isclosed(self):
        return self.fp is None

    def readable(self):
        return True

    def fileno(self):
        return self.fp.fileno()

    def read(self, amt=None):
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self._safe_read(self.length)
            self.length = 0
        self._close_conn()
        return data

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _read_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        size = line.split(b";", 1)[0]
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b"") from None

    def _read_chunked(self, amt=None):
        parts = []
        while amt is None or amt > 0:
            if not self.chunk_left:
                if self.chunk_left == 0:
                    self.fp.readline()  # the CRLF after the previous chunk
                size = self._read_chunk_size()
                if size == 0:
                    parse_headers(self.fp)  # trailers
                    self._close_conn()
                    break
                self.chunk_left = size
            n = self.chunk_left if amt is None else min(amt, self.chunk_left)
            parts.append(self._safe_read(n))
            self.chunk_left -= n
            if amt is not None:
                amt -= n
        return b"".join(parts)

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            return self._read_chunked(None) if limit < 0 else self._read_chunked(limit)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        elif not line:
            self._close_conn()
        return line

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


class HTTPConnection:
    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=_socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self._response = None
        self._method = None
        self._idle = True
        self.host, self.port = self._get_hostport(host, port)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:]) from None
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        self.sock = _socket.create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(_socket.IPPROTO_TCP, _socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        sock, self.sock = self.sock, None
        if sock is not None:
            sock.close()
        response, self._response = self._response, None
        if response is not None:
            response.close()
        self._idle = True

    def send(self, data):
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if hasattr(data, "read"):
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode("iso-8859-1")
                self.sock.sendall(block)
            return
        if isinstance(data, str):
            data = data.encode("iso-8859-1")
        self.sock.sendall(data)

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self._response is not None and self._response.isclosed():
            self._response = None
        if not self._idle or self._response is not None:
            raise CannotSendRequest('Request-sent')
        self._idle = False
        self._method = method
        url = url or '/'
        for c in url:
            if ord(c) <= 0x20 or ord(c) == 0x7f:
                raise InvalidURL(f"URL can't contain control characters. {url!r} "
                                 f"(found at least {c!r})")
        self._buffer = ['%s %s %s' % (method, url, self._http_vsn_str)]
        if not skip_host:
            host = self.host
            if ':' in host:
                host = '[%s]' % host
            if self.port == self.default_port:
                self.putheader('Host', host.encode('idna').decode('ascii') if not host.isascii() else host)
            else:
                self.putheader('Host', "%s:%s" % (host, self.port))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        if self._idle:
            raise CannotSendHeader()
        if isinstance(header, bytes):
            header = header.decode('ascii')
        parts = []
        for v in values:
            if isinstance(v, bytes):
                v = v.decode('latin-1')
            elif isinstance(v, int):
                v = str(v)
            parts.append(v)
        self._buffer.append('%s: %s' % (header, '\r\n\t'.join(parts)))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self._idle:
            raise CannotSendHeader()
        head = '\r\n'.join(self._buffer) + '\r\n\r\n'
        self._buffer = []
        data = head.encode('iso-8859-1')
        if isinstance(message_body, str):
            message_body = message_body.encode('iso-8859-1')
        if isinstance(message_body, (bytes, bytearray)):
            data += bytes(message_body)
            message_body = None
        self.send(data)
        if message_body is not None:
            if hasattr(message_body, 'read'):
                self.send(message_body)
            else:
                for chunk in message_body:
                    self.send(chunk)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        names = {k.lower() for k in headers}
        self.putrequest(method, url, skip_host='host' in names,
                        skip_accept_encoding='accept-encoding' in names)
        if isinstance(body, str):
            body = body.encode('iso-8859-1')
        if 'content-length' not in names and 'transfer-encoding' not in names:
            if body is not None and isinstance(body, (bytes, bytearray)):
                self.putheader('Content-Length', str(len(body)))
            elif body is None and method.upper() in ('PATCH', 'POST', 'PUT'):
                self.putheader('Content-Length', '0')
        for k, v in headers.items():
            self.putheader(k, v)
        self.endheaders(body)

    def getresponse(self):
        if self._response is not None and self._response.isclosed():
            self._response = None
        if self._idle or self._response is not None:
            raise ResponseNotReady('Request-sent' if not self._idle else 'Idle')
        response = self.response_class(self.sock, method=self._method)
        try:
            response.begin()
        except ConnectionError:
            self.close()
            raise
        self._idle = True
        if response.will_close:
            self.sock = None
        else:
            self._response = response
        return response

