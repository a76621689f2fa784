"""A stand-in for the `requests` HTTP library, for http: URLs: `get`/`post`/... and Session
send what requests sends (its default headers, in its order) over http.client and return a
Response with requests' attributes, decoding and errors. No TLS, cookies jar, proxies or
streaming downloads; a connection is opened per request."""

import socket as _socket
import time as _time
import datetime as _datetime
import http.client as _http_client
from urllib.parse import urlsplit as _urlsplit, urljoin as _urljoin

from . import exceptions
from .exceptions import (RequestException, Timeout, URLRequired, TooManyRedirects, HTTPError,
                         ConnectionError, ConnectTimeout, ReadTimeout, JSONDecodeError,
                         InvalidSchema, InvalidURL, MissingSchema)
from .models import Response, PreparedRequest, REDIRECT_STATI
from .structures import CaseInsensitiveDict
from .status_codes import codes
from . import utils

__title__ = 'requests'
__version__ = '2.34.2'

__all__ = ['request', 'get', 'head', 'post', 'patch', 'put', 'delete', 'options', 'Session',
           'session', 'Response', 'PreparedRequest', 'codes', 'exceptions', 'RequestException',
           'Timeout', 'URLRequired', 'TooManyRedirects', 'HTTPError', 'ConnectionError',
           'ConnectTimeout', 'ReadTimeout', 'JSONDecodeError']


class Session:
    """Default headers and settings shared by its requests (requests.Session)."""

    def __init__(self):
        self.headers = utils.default_headers()
        self.auth = None
        self.params = {}
        self.max_redirects = 30
        self.cookies = {}
        self.verify = True
        self.proxies = {}

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        pass

    def request(self, method, url, params=None, data=None, headers=None, cookies=None,
                files=None, auth=None, timeout=None, allow_redirects=True, proxies=None,
                hooks=None, stream=None, verify=None, cert=None, json=None):
        merged = CaseInsensitiveDict(self.headers)
        for k, v in (headers or {}).items():
            if v is None:
                merged.pop(k, None)
            else:
                merged[k] = v
        all_params = dict(self.params)
        if params:
            all_params.update(params if isinstance(params, dict) else dict(params))
        prep = PreparedRequest().prepare(method, url, merged, params=all_params or None,
                                         data=data, json=json, auth=auth or self.auth)
        return self.send(prep, timeout=timeout, allow_redirects=allow_redirects)

    def send(self, request, timeout=None, allow_redirects=True, **kwargs):
        history = []
        while True:
            response = _send(request, timeout)
            if not (allow_redirects and response.is_redirect):
                break
            if len(history) >= self.max_redirects:
                raise TooManyRedirects(f'Exceeded {self.max_redirects} redirects.', response=response)
            history.append(response)
            request = request.copy()
            location = response.headers['location']
            if location.startswith('//'):
                location = _urlsplit(request.url).scheme + ':' + location
            request.url = _urljoin(request.url, location)
            status = response.status_code
            if (status == 303 and request.method != 'HEAD') or (status in (301, 302) and request.method == 'POST'):
                request.method = 'GET'
                request.body = None
                for h in ('Content-Length', 'Content-Type', 'Transfer-Encoding'):
                    request.headers.pop(h, None)
        response.history = history
        return response

    def get(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', True)
        return self.request('GET', url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', True)
        return self.request('OPTIONS', url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault('allow_redirects', False)
        return self.request('HEAD', url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request('POST', url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request('PUT', url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request('PATCH', url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)


def session():
    return Session()


def _pool_name(host, port):
    return f"HTTPConnectionPool(host={host!r}, port={port})"


def _send(request, timeout):
    """One request over a new connection: the Response, or requests' exceptions."""
    parts = _urlsplit(request.url)
    if parts.scheme.lower() != 'http':
        raise InvalidSchema(f"No connection adapters were found for {request.url!r}")
    host = parts.hostname
    port = parts.port or 80
    if isinstance(timeout, tuple):
        connect_timeout, read_timeout = timeout
    else:
        connect_timeout = read_timeout = timeout
    conn = _http_client.HTTPConnection(host, port, timeout=connect_timeout)
    started = _time.perf_counter()
    path = request.path_url
    try:
        conn.connect()
    except _socket.timeout:
        raise ConnectTimeout(f"{_pool_name(host, port)}: Max retries exceeded with url: {path} "
                             f"(Caused by ConnectTimeoutError(\"HTTPConnection(host={host!r}, port={port}): "
                             f"Connection timed out. (connect timeout={connect_timeout})\"))", request=request)
    except OSError as e:
        raise ConnectionError(f"{_pool_name(host, port)}: Max retries exceeded with url: {path} "
                              f"(Caused by NewConnectionError(\"HTTPConnection(host={host!r}, port={port}): "
                              f"Failed to establish a new connection: {e}\"))", request=request)
    try:
        conn.sock.settimeout(read_timeout)
        conn.putrequest(request.method, path, skip_accept_encoding=True)
        for k, v in request.headers.items():
            conn.putheader(k, v)
        body = request.body
        if isinstance(body, str):
            body = body.encode('utf-8')
        conn.endheaders(body)
        raw = conn.getresponse()
        content = raw.read()
    except _socket.timeout:
        conn.close()
        raise ReadTimeout(f"{_pool_name(host, port)}: Read timed out. (read timeout={read_timeout})",
                          request=request)
    except (_http_client.HTTPException, OSError) as e:
        conn.close()
        raise ConnectionError(f"('Connection aborted.', {e!r})", request=request)
    conn.close()
    response = Response()
    response.status_code = raw.status
    response.reason = raw.reason
    response.headers = CaseInsensitiveDict(raw.getheaders())
    response.raw = raw
    response.url = request.url
    response.request = request
    response.encoding = utils.get_encoding_from_headers(response.headers)
    response._content = _decode_content(content, response.headers.get('content-encoding', ''))
    response.elapsed = _datetime.timedelta(seconds=_time.perf_counter() - started)
    return response


def _decode_content(content, encoding):
    encoding = encoding.lower().strip()
    if encoding == 'gzip':
        import gzip
        return gzip.decompress(content)
    if encoding == 'deflate':
        import zlib
        try:
            return zlib.decompress(content)
        except zlib.error:
            return zlib.decompress(content, -zlib.MAX_WBITS)
    return content


def request(method, url, **kwargs):
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    return request('get', url, params=params, **kwargs)


def options(url, **kwargs):
    return request('options', url, **kwargs)


def head(url, **kwargs):
    kwargs.setdefault('allow_redirects', False)
    return request('head', url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('post', url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request('put', url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request('patch', url, data=data, **kwargs)


def delete(url, **kwargs):
    return request('delete', url, **kwargs)
