"""ClientResponse: the status line and headers of an HTTP/1.1 response, parsed off a
connection, and its body (`content`, read(), text(), json())."""

import json as _json

from . import streams
from .connector import _Done
from .client_exceptions import (ClientResponseError, ContentTypeError, ServerDisconnectedError,
                         ClientOSError)
from .multidict import CIMultiDict, CIMultiDictProxy

__all__ = ('ClientResponse',)

_MAX_LINE = 8190
_MAX_HEADERS = 128
_REASONS = {
    100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted',
    204: 'No Content', 206: 'Partial Content', 301: 'Moved Permanently', 302: 'Found',
    303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
    400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
    405: 'Method Not Allowed', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
    418: "I'm a Teapot", 429: 'Too Many Requests', 500: 'Internal Server Error',
    501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
    504: 'Gateway Timeout',
}


class HttpVersion(tuple):
    """(major, minor), shown as aiohttp's namedtuple is."""
    __slots__ = ()

    def __new__(cls, major, minor):
        return tuple.__new__(cls, (major, minor))

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])

    def __repr__(self):
        return 'HttpVersion(major=%r, minor=%r)' % tuple(self)


class _BadResponse(Exception):
    """A response that does not parse; becomes ClientResponseError(status=400)."""


def _decode_header(raw):
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('latin-1')


def _bad_status_line(line):
    """The message llhttp (aiohttp's parser) gives when a status line does not start right."""
    pos = 0
    while pos < min(len(line), 5) and line[pos:pos + 1] == b'HTTP/'[pos:pos + 1]:
        pos += 1
    return ('Bad status line:\n  Expected HTTP/, RTSP/ or ICE/:\n\n  '
            f'{line!r}\n  ' + ' ' * (pos + 2) + '^')


def _parse_status_line(line):
    line = line.rstrip(b'\r\n')
    if not line.startswith(b'HTTP/'):
        raise _BadResponse(_bad_status_line(line))
    parts = line.split(b' ', 2)
    version = parts[0][5:].split(b'.')
    if len(version) != 2 or not all(v.isdigit() for v in version):
        raise _BadResponse(f'Bad status line {line.decode("latin-1")!r}')
    if len(parts) < 2 or len(parts[1]) != 3 or not parts[1].isdigit():
        # (int() of the digits below is safe: checked here)
        raise _BadResponse('Invalid status code')
    reason = _decode_header(parts[2]) if len(parts) > 2 else ''
    return HttpVersion(int(version[0].decode('ascii')), int(version[1].decode('ascii'))), int(parts[1].decode('ascii')), reason


def _parse_mimetype(value):
    """'text/html; charset=utf-8' -> ('text/html', {'charset': 'utf-8'})."""
    if not value:
        return 'application/octet-stream', {}
    mimetype, *params = value.split(';')
    parsed = {}
    for param in params:
        name, eq, val = param.partition('=')
        if eq:
            parsed[name.strip().lower()] = val.strip().strip('"')
    return mimetype.strip().lower(), parsed


def _is_expected_content_type(mimetype, expected):
    if expected == 'application/json':
        if mimetype == 'application/json':
            return True
        kind, slash, sub = mimetype.partition('/')
        return bool(slash) and sub.endswith('+json')
    return expected in mimetype


class ClientResponse:
    def __init__(self, method, url, *, request_info, history=(), connection=None):
        self.method = method
        self._url = url
        self._real_url = url
        self.request_info = request_info
        self._history = tuple(history)
        self._connection = connection
        self.version = None
        self.status = None
        self.reason = None
        self._headers = CIMultiDictProxy(CIMultiDict())
        self._raw_headers = ()
        self.content = None
        self._body = None
        self._released = False
        self._keep_alive = False

    def __repr__(self):
        return (f'<ClientResponse({self.url}) [{self.status} {self.reason}]>\n'
                f'{self.headers!r}\n')

    @property
    def url(self):
        return self._url

    @property
    def real_url(self):
        return self._real_url

    @property
    def host(self):
        return self._url.host

    @property
    def headers(self):
        return self._headers

    @property
    def raw_headers(self):
        return self._raw_headers

    @property
    def history(self):
        return self._history

    @property
    def connection(self):
        return self._connection

    @property
    def closed(self):
        return self._released

    @property
    def ok(self):
        return self.status < 400

    @property
    def content_type(self):
        return _parse_mimetype(self._headers.get('Content-Type'))[0]

    @property
    def charset(self):
        return _parse_mimetype(self._headers.get('Content-Type'))[1].get('charset')

    @property
    def content_length(self):
        value = self._headers.get('Content-Length')
        return int(value) if value is not None and value.isdigit() else None

    async def _start(self, timer):
        """Read the status line and headers; set up `content` for the body."""
        source = self._connection.reader
        try:
            line = await timer.run(source.readline())
            while line in (b'\r\n', b'\n'):
                line = await timer.run(source.readline())
            if not line:
                raise ServerDisconnectedError()
            self.version, self.status, self.reason = _parse_status_line(line)
            raw_headers = await self._read_headers(source, timer)
        except _BadResponse as exc:
            self._connection.close()
            raise ClientResponseError(self.request_info, self._history, status=400,
                                      message=str(exc)) from None
        except ValueError:
            # The connection's StreamReader gave up on an over-long line.
            self._connection.close()
            raise ClientResponseError(self.request_info, self._history, status=400,
                                      message='Got more than 8190 bytes when reading') from None
        except ServerDisconnectedError:
            self._connection.close()
            raise
        except OSError as exc:
            self._connection.close()
            if isinstance(exc, TimeoutError) and exc.errno is None:
                raise
            raise ClientOSError(exc.errno, exc.strerror) from exc
        self._raw_headers = tuple(raw_headers)
        headers = CIMultiDict((_decode_header(k), _decode_header(v)) for k, v in raw_headers)
        self._headers = CIMultiDictProxy(headers)
        self._setup_body(source, timer)

    async def _read_headers(self, source, timer):
        raw = []
        while True:
            line = await timer.run(source.readline())
            if not line:
                raise ServerDisconnectedError()
            if line in (b'\r\n', b'\n'):
                return raw
            if len(raw) >= _MAX_HEADERS or len(line) > _MAX_LINE:
                raise _BadResponse('Got more than 8190 bytes when reading Header value is too long.')
            name, colon, value = line.rstrip(b'\r\n').partition(b':')
            if not colon or not name or name != name.strip():
                raise _BadResponse('Invalid header value char' if colon else 'Invalid header token')
            raw.append((name, value.strip()))

    def _setup_body(self, source, timer):
        headers = self._headers
        connection = (headers.get('Connection') or '').lower()
        if self.version >= (1, 1):
            self._keep_alive = connection != 'close'
        else:
            self._keep_alive = connection == 'keep-alive'
        on_eof = self._body_done
        if self.method == 'HEAD' or self.status in (204, 304) or 100 <= self.status < 200:
            self.content = streams.StreamReader(source, streams.EMPTY, on_eof=on_eof)
            return
        if 'chunked' in (headers.get('Transfer-Encoding') or '').lower():
            self.content = streams.StreamReader(source, streams.CHUNKED, on_eof=on_eof, timer=timer)
            return
        length = headers.get('Content-Length')
        if length is not None:
            if not length.strip().isdigit():
                self._connection.close()
                raise ClientResponseError(self.request_info, self._history, status=400,
                                          message='Invalid Content-Length', headers=headers)
            self.content = streams.StreamReader(source, streams.LENGTH, int(length),
                                                on_eof=on_eof, timer=timer)
            return
        self._keep_alive = False
        self.content = streams.StreamReader(source, streams.UNTIL_CLOSE, on_eof=on_eof, timer=timer)

    def _body_done(self):
        connection = self._connection
        if connection is None:
            return
        if self._keep_alive:
            connection.release()
        else:
            connection.close()

    def release(self):
        """Give the connection back (closing it if the body was not read to its end)."""
        if not self._released:
            self._released = True
            if self._connection is not None and (self.content is None or not self.content.is_eof()):
                self._connection.close()
        return _Done()

    def close(self):
        self._released = True
        if self._connection is not None:
            self._connection.close()

    async def wait_for_close(self):
        self.release()

    def raise_for_status(self):
        if not self.ok:
            self.release()
            raise ClientResponseError(self.request_info, self._history, status=self.status,
                                      message=self.reason, headers=self._headers)

    def get_encoding(self):
        charset = self.charset
        if charset:
            try:
                'x'.encode(charset)
                return charset
            except LookupError:
                pass
        return 'utf-8'

    async def read(self):
        """The whole body, as bytes (read once, then cached)."""
        if self._body is None:
            try:
                self._body = await self.content.read()
            except BaseException:
                self.close()
                raise
        return self._body

    async def text(self, encoding=None, errors='strict'):
        body = await self.read()
        return body.decode(encoding or self.get_encoding(), errors)

    async def json(self, *, encoding=None, loads=_json.loads, content_type='application/json'):
        body = await self.read()
        if content_type and not _is_expected_content_type(self.content_type, content_type):
            raise ContentTypeError(
                self.request_info, self._history, status=self.status,
                message='Attempt to decode JSON with unexpected mimetype: '
                        + self._headers.get('Content-Type', '').lower(),
                headers=self._headers)
        stripped = body.strip()
        if not stripped:
            return None
        return loads(stripped.decode(encoding or self.get_encoding()))

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
