"""The aiohttp client exception hierarchy, with aiohttp's messages."""

import asyncio

__all__ = (
    'ClientError', 'ClientConnectionError', 'ClientOSError', 'ClientConnectorError',
    'ServerConnectionError', 'ServerDisconnectedError', 'ServerTimeoutError',
    'ConnectionTimeoutError', 'SocketTimeoutError',
    'ClientResponseError', 'ContentTypeError', 'TooManyRedirects', 'ClientPayloadError',
    'InvalidURL', 'InvalidUrlClientError', 'RequestInfo',
)


class RequestInfo(tuple):
    """(url, method, headers, real_url) of the request a response answers."""
    __slots__ = ()

    def __new__(cls, url, method, headers, real_url=None):
        return tuple.__new__(cls, (url, method, headers, url if real_url is None else real_url))

    url = property(lambda self: self[0])
    method = property(lambda self: self[1])
    headers = property(lambda self: self[2])
    real_url = property(lambda self: self[3])

    def __repr__(self):
        return 'RequestInfo(url=%r, method=%r, headers=%r, real_url=%r)' % tuple(self)


class ClientError(Exception):
    """Base class for client errors."""


class ClientResponseError(ClientError):
    """An HTTP response that cannot be used: a bad status, an unexpected content type, ..."""

    def __init__(self, request_info, history, *, status=None, message='', headers=None):
        self.request_info = request_info
        self.status = 0 if status is None else status
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return '{}, message={!r}, url={!r}'.format(
            self.status, self.message, str(self.request_info.real_url))

    def __repr__(self):
        args = f'{self.request_info!r}, {self.history!r}'
        if self.status != 0:
            args += f', status={self.status!r}'
        if self.message != '':
            args += f', message={self.message!r}'
        if self.headers is not None:
            args += f', headers={self.headers!r}'
        return f'{type(self).__name__}({args})'

    @property
    def code(self):
        return self.status


class ContentTypeError(ClientResponseError):
    """The response's Content-Type is not what json() expects."""


class TooManyRedirects(ClientResponseError):
    """More redirects than max_redirects."""


class ClientPayloadError(ClientError):
    """The response body is broken (short, or bad chunked framing)."""


class InvalidURL(ClientError, ValueError):
    """The URL cannot be requested (no scheme or host)."""

    def __init__(self, url, description=None):
        self._url = url
        self._description = description
        if description:
            super().__init__(url, description)
        else:
            super().__init__(url)

    @property
    def url(self):
        return self._url

    def __str__(self):
        if self._description:
            return f'{self._url} - {self._description}'
        return str(self._url)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'


class InvalidUrlClientError(InvalidURL):
    """The URL given to a request cannot be used."""


class ClientConnectionError(ClientError):
    """Base class for errors of the connection itself."""


class ClientOSError(ClientConnectionError, OSError):
    """An OSError while talking to the server."""


class ClientConnectorError(ClientOSError):
    """The connection to the server could not be made."""

    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (connection_key, os_error)

    @property
    def os_error(self):
        return self._os_error

    # Read from the wrapped error: `args` is (connection_key, os_error), as in aiohttp.
    @property
    def errno(self):
        return self._os_error.errno

    @property
    def strerror(self):
        return self._os_error.strerror

    @property
    def host(self):
        return self._conn_key.host

    @property
    def port(self):
        return self._conn_key.port

    @property
    def ssl(self):
        return self._conn_key.ssl

    def __str__(self):
        ssl = 'default' if self.ssl is True else self.ssl
        return f'Cannot connect to host {self.host}:{self.port} ssl:{ssl} [{self.strerror}]'


class ServerConnectionError(ClientConnectionError):
    """The server broke the connection."""


class ServerDisconnectedError(ServerConnectionError):
    """The server closed the connection before answering."""

    def __init__(self, message=None):
        if message is None:
            message = 'Server disconnected'
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    """A connect or socket-read timeout (ClientTimeout.connect / sock_read) expired."""


class ConnectionTimeoutError(ServerTimeoutError):
    """ClientTimeout.connect / sock_connect expired."""


class SocketTimeoutError(ServerTimeoutError):
    """ClientTimeout.sock_read expired."""
