"""aiohttp: an HTTP/1.1 client compatible with the `aiohttp` package's client API
(ClientSession, ClientResponse, ClientTimeout, the ClientError hierarchy), written on
asyncio streams. Plain http:// only; no server side (`aiohttp.web`)."""

from .client_exceptions import (
    ClientError, ClientConnectionError, ClientOSError, ClientConnectorError,
    ServerConnectionError, ServerDisconnectedError, ServerTimeoutError, ClientResponseError,
    ConnectionTimeoutError, SocketTimeoutError,
    ContentTypeError, TooManyRedirects, ClientPayloadError, InvalidURL, InvalidUrlClientError, RequestInfo,
)
from .timeouts import ClientTimeout
from .multidict import MultiDict, CIMultiDict, MultiDictProxy, CIMultiDictProxy
from .url import URL
from .connector import BaseConnector, TCPConnector
from .streams import StreamReader
from .response import ClientResponse
from .session import ClientSession, request, __version__

__all__ = (
    'ClientError', 'ClientConnectionError', 'ClientOSError', 'ClientConnectorError',
    'ServerConnectionError', 'ServerDisconnectedError', 'ServerTimeoutError',
    'ConnectionTimeoutError', 'SocketTimeoutError',
    'ClientResponseError', 'ContentTypeError', 'TooManyRedirects', 'ClientPayloadError',
    'InvalidURL', 'InvalidUrlClientError', 'RequestInfo', 'ClientTimeout', 'MultiDict', 'CIMultiDict', 'MultiDictProxy',
    'CIMultiDictProxy', 'URL', 'BaseConnector', 'TCPConnector', 'StreamReader',
    'ClientResponse', 'ClientSession', 'request',
)
