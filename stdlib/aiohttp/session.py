"""ClientSession: sends HTTP/1.1 requests over a TCPConnector's pooled connections and follows
redirects; each request method returns an object both awaitable and an async context manager."""

import asyncio
import json as _json

from urllib.parse import urlencode

from .connector import TCPConnector, ConnectionKey
from .client_exceptions import (InvalidURL, InvalidUrlClientError, TooManyRedirects, ClientOSError, ServerDisconnectedError)
from .multidict import CIMultiDict, CIMultiDictProxy, MultiDict
from .response import ClientResponse, _REASONS
from .client_exceptions import RequestInfo
from .streams import _ReadTimer
from .timeouts import ClientTimeout, DEFAULT_TIMEOUT
from .url import URL

__all__ = ('ClientSession', 'request')

__version__ = '3.14.5'
_USER_AGENT = f'Python/3.11 aiohttp/{__version__}'
_SENTINEL = object()
_REDIRECTS = (301, 302, 303, 307, 308)


class _RequestContextManager:
    """`await session.get(...)` gives the response; `async with` also releases it."""

    __slots__ = ('_coro', '_resp')

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    def send(self, arg):
        return self._coro.send(arg)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._resp.wait_for_close()


class _SessionContextManager:
    def __init__(self, coro, session):
        self._coro = coro
        self._session = session
        self._resp = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._session.close()


def _no_deadline():
    return _NullScope()


class _NullScope:
    async def __aenter__(self):
        return None

    async def __aexit__(self, *exc):
        return False


class ClientSession:
    """A set of requests sharing default headers, a timeout and a connection pool."""

    def __init__(self, base_url=None, *, connector=None, loop=None, cookies=None, headers=None,
                 skip_auto_headers=None, auth=None, json_serialize=_json.dumps, version=None,
                 cookie_jar=None, connector_owner=True, raise_for_status=False,
                 timeout=_SENTINEL, auto_decompress=True, trust_env=False, read_bufsize=2 ** 16,
                 max_line_size=8190, max_field_size=8190, requote_redirect_url=True,
                 trace_configs=None, conn_timeout=None, read_timeout=None):
        self._base_url = None if base_url is None else URL(base_url)
        self._connector = connector if connector is not None else TCPConnector()
        self._connector_owner = connector_owner
        self._default_headers = CIMultiDict(headers or {})
        self._json_serialize = json_serialize
        self._raise_for_status = raise_for_status
        self._timeout = DEFAULT_TIMEOUT if timeout is _SENTINEL else timeout
        self._closed = False

    def __repr__(self):
        return f'<aiohttp.client.ClientSession object at {id(self):#x}>'

    @property
    def closed(self):
        return self._closed or self._connector is None or self._connector.closed

    @property
    def connector(self):
        return self._connector

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return self._default_headers

    async def close(self):
        if not self._closed:
            self._closed = True
            if self._connector is not None and self._connector_owner:
                await self._connector.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return self.request('GET', url, allow_redirects=allow_redirects, **kwargs)

    def options(self, url, *, allow_redirects=True, **kwargs):
        return self.request('OPTIONS', url, allow_redirects=allow_redirects, **kwargs)

    def head(self, url, *, allow_redirects=False, **kwargs):
        return self.request('HEAD', url, allow_redirects=allow_redirects, **kwargs)

    def post(self, url, *, data=None, **kwargs):
        return self.request('POST', url, data=data, **kwargs)

    def put(self, url, *, data=None, **kwargs):
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, *, data=None, **kwargs):
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)

    def _build_url(self, str_or_url):
        url = URL(str_or_url)
        if self._base_url is not None and not url.is_absolute():
            return self._base_url.join(url)
        return url

    def _resolve_timeout(self, timeout):
        if timeout is _SENTINEL or timeout is None:
            return self._timeout
        if isinstance(timeout, ClientTimeout):
            return timeout
        return ClientTimeout(total=timeout)

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None,
                       headers=None, allow_redirects=True, max_redirects=10, timeout=_SENTINEL,
                       raise_for_status=None, skip_auto_headers=None, auth=None, cookies=None,
                       compress=None, chunked=None, expect100=False, read_until_eof=True,
                       proxy=None, proxy_auth=None, ssl=True, server_hostname=None,
                       trace_request_ctx=None, read_bufsize=None, auto_decompress=None,
                       max_line_size=None, max_field_size=None):
        if self.closed:
            raise RuntimeError('Session is closed')
        if data is not None and json is not None:
            raise ValueError('data and json parameters can not be used at the same time')
        if json is not None:
            data = _JsonBody(self._json_serialize(json))
        try:
            url = self._build_url(str_or_url)
        except ValueError as exc:
            raise InvalidUrlClientError(str_or_url) from exc
        if params:
            url = url.extend_query(params)
        method = method.upper()
        timeout = self._resolve_timeout(timeout)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout.total if timeout.total else None
        scope = asyncio.timeout_at(deadline) if deadline is not None else _no_deadline()
        history = []
        async with scope:
            while True:
                resp = await self._send(method, url, headers, data, timeout, deadline, history)
                if resp.status not in _REDIRECTS or not allow_redirects:
                    break
                history.append(resp)
                if max_redirects and len(history) >= max_redirects:
                    resp.close()
                    raise TooManyRedirects(history[0].request_info, tuple(history))
                if (resp.status == 303 and resp.method != 'HEAD') or (
                        resp.status in (301, 302) and resp.method == 'POST'):
                    method = 'GET'
                    data = None
                location = resp.headers.get('Location') or resp.headers.get('URI')
                if location is None:
                    history.pop()
                    break
                resp.release()
                target = URL(location)
                if target.scheme not in ('http', 'https', ''):
                    resp.close()
                    raise InvalidURL(location)
                url = url.join(target) if not target.is_absolute() else target
        if raise_for_status is None:
            raise_for_status = self._raise_for_status
        if raise_for_status:
            resp.raise_for_status()
        return resp

    def _request_headers(self, url, headers, body, content_type):
        merged = CIMultiDict(self._default_headers)
        if headers:
            for k, v in (headers.items() if hasattr(headers, 'items') else headers):
                merged[k] = v
        auto = CIMultiDict()
        port = url.explicit_port
        auto['Host'] = url.host + (f':{port}' if port is not None else '')
        auto['Accept'] = '*/*'
        auto['User-Agent'] = _USER_AGENT
        if body is not None:
            auto['Content-Length'] = str(len(body))
            if content_type is not None:
                auto['Content-Type'] = content_type
        for k, v in merged.items():
            auto[k] = v
        return auto

    async def _send(self, method, url, headers, data, timeout, deadline, history):
        """One request/response exchange; retried once on a stale keep-alive connection."""
        if url.scheme not in ('http', 'https') or not url.host:
            raise InvalidUrlClientError(url)
        if url.scheme == 'https':
            raise InvalidUrlClientError(url, 'https is not supported by this client (no TLS)')
        body, content_type = _encode_body(data)
        if body is None and method in ('POST', 'PUT', 'PATCH'):
            body = b''
        req_headers = self._request_headers(url, headers, body, content_type)
        request_info = RequestInfo(url, method, CIMultiDictProxy(req_headers), url)
        head = f'{method} {url.raw_path_qs} HTTP/1.1\r\n' + ''.join(
            f'{k}: {v}\r\n' for k, v in req_headers.items()) + '\r\n'
        payload = head.encode('utf-8') + (body or b'')
        key = ConnectionKey(url.host, url.port, False, True)
        connect_timeout = timeout.sock_connect or timeout.connect
        for attempt in range(2):
            conn = await self._connector.connect(key, connect_timeout, url)
            resp = ClientResponse(method, url, request_info=request_info, history=history,
                                  connection=conn)
            try:
                conn.writer.write(payload)
                await conn.writer.drain()
                await resp._start(_ReadTimer(deadline, timeout.sock_read))
                return resp
            except ServerDisconnectedError:
                conn.close()
                if not conn.reused or attempt:
                    raise
            except OSError as exc:
                conn.close()
                if isinstance(exc, (ClientOSError, TimeoutError)):
                    raise
                raise ClientOSError(exc.errno, exc.strerror) from exc
            except BaseException:
                conn.close()
                raise


class _JsonBody(str):
    """A json= payload already serialized."""


def _encode_body(data):
    """(bytes or None, default Content-Type) for a data= / json= argument."""
    if data is None:
        return None, None
    if isinstance(data, _JsonBody):
        return str(data).encode('utf-8'), 'application/json'
    if isinstance(data, (bytes, bytearray)):
        return bytes(data), 'application/octet-stream'
    if isinstance(data, str):
        return data.encode('utf-8'), 'text/plain; charset=utf-8'
    if isinstance(data, (dict, MultiDict, list, tuple)):
        return urlencode(list(data.items()) if hasattr(data, 'items') else data,
                         doseq=True).encode('utf-8'), 'application/x-www-form-urlencoded'
    raise TypeError(f'Unsupported data type: {type(data).__name__}')


def request(method, url, *, connector=None, **kwargs):
    """One request on a throw-away session: `async with aiohttp.request('GET', url) as r:`."""
    session = ClientSession(connector=connector)
    return _SessionContextManager(session._request(method, url, **kwargs), session)
