"""requests' Response (status, headers, body decoding, json(), raise_for_status()) and the
PreparedRequest a Session sends (URL with params, headers in requests' order, body)."""

import datetime
import json as _json
from urllib.parse import urlsplit, urlunsplit, urlencode, quote

from .exceptions import (HTTPError, JSONDecodeError, MissingSchema, InvalidSchema, InvalidURL)
from .structures import CaseInsensitiveDict
from .status_codes import codes

REDIRECT_STATI = (301, 302, 303, 307, 308)


class PreparedRequest:
    def __init__(self):
        self.method = None
        self.url = None
        self.headers = None
        self.body = None

    def prepare(self, method, url, headers, params=None, data=None, json=None, auth=None):
        self.method = method.upper()
        self.url = _prepare_url(url, params)
        self.headers = CaseInsensitiveDict(headers or {})
        body = None
        content_type = None
        if not data and json is not None:
            content_type = 'application/json'
            body = _json.dumps(json, allow_nan=False).encode('utf-8')
        elif data:
            if isinstance(data, (str, bytes)):
                body = data
            elif hasattr(data, 'read'):
                body = data.read()
            else:
                body = urlencode(list(data.items()) if isinstance(data, dict) else list(data), doseq=True)
                content_type = 'application/x-www-form-urlencoded'
        if body is not None:
            length = len(body.encode('utf-8') if isinstance(body, str) else body)
            self.headers['Content-Length'] = str(length)
        elif self.method not in ('GET', 'HEAD'):
            self.headers['Content-Length'] = '0'
        if content_type and 'content-type' not in self.headers:
            self.headers['Content-Type'] = content_type
        self.body = body
        if auth is not None:
            if isinstance(auth, tuple) and len(auth) == 2:
                import base64
                user, password = (x.encode('latin1') if isinstance(x, str) else x for x in auth)
                token = base64.b64encode(b':'.join((user, password))).strip().decode()
                self.headers['Authorization'] = 'Basic ' + token
            else:
                auth(self)
        return self

    def copy(self):
        p = PreparedRequest()
        p.method = self.method
        p.url = self.url
        p.headers = self.headers.copy() if self.headers is not None else None
        p.body = self.body
        return p

    def __repr__(self):
        return f"<PreparedRequest [{self.method}]>"

    @property
    def path_url(self):
        parts = urlsplit(self.url)
        path = parts.path or '/'
        return path + ('?' + parts.query if parts.query else '')


def _prepare_url(url, params):
    if isinstance(url, bytes):
        url = url.decode('utf8')
    url = str(url).strip()
    if ':' in url and not url.lower().startswith('http'):
        return url  # an adapter decides (InvalidSchema)
    scheme, netloc, path, query, fragment = urlsplit(url)
    if not scheme:
        raise MissingSchema(f"Invalid URL {url!r}: No scheme supplied. Perhaps you meant https://{url}?")
    if not netloc:
        raise InvalidURL(f"Invalid URL {url!r}: No host supplied")
    if not path:
        path = '/'
    # requote_uri: what is not already a valid URL character gets percent-encoded.
    path = quote(path, safe="!#$%&'()*+,/:;=?@[]~")
    query = quote(query, safe="!#$%&'()*+,/:;=?@[]~")
    if params:
        if isinstance(params, (str, bytes)):
            extra = params.decode() if isinstance(params, bytes) else params
        else:
            items = params.items() if isinstance(params, dict) else params
            extra = urlencode([(k, v) for k, v in items if v is not None], doseq=True)
        if extra:
            query = f"{query}&{extra}" if query else extra
    return urlunsplit((scheme, netloc, path, query, fragment))


class Response:
    __attrs__ = ['_content', 'status_code', 'headers', 'url', 'history', 'encoding', 'reason',
                 'cookies', 'elapsed', 'request']

    def __init__(self):
        self._content = False
        self._content_consumed = False
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.raw = None
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.cookies = {}
        self.elapsed = datetime.timedelta(0)
        self.request = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f"<Response [{self.status_code}]>"

    def __bool__(self):
        return self.ok

    def __iter__(self):
        return self.iter_content(128)

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return 'location' in self.headers and self.status_code in REDIRECT_STATI

    @property
    def is_permanent_redirect(self):
        return 'location' in self.headers and self.status_code in (codes.moved_permanently, codes.permanent_redirect)

    @property
    def next(self):
        return None

    @property
    def apparent_encoding(self):
        content = self.content or b''
        if all(b < 0x80 for b in content):
            return 'ascii'
        try:
            content.decode('utf-8')
            return 'utf-8'
        except UnicodeDecodeError:
            return 'Windows-1252'

    @property
    def content(self):
        if self._content is False:
            self._content = b''
        self._content_consumed = True
        return self._content

    @property
    def text(self):
        if not self.content:
            return ''
        encoding = self.encoding
        if self.encoding is None:
            encoding = self.apparent_encoding
        try:
            return str(self.content, encoding, errors='replace')
        except (LookupError, TypeError):
            return str(self.content, errors='replace')

    def json(self, **kwargs):
        try:
            return _json.loads(self.text, **kwargs)
        except _json.JSONDecodeError as e:
            raise JSONDecodeError(e.msg, e.doc, e.pos)

    def iter_content(self, chunk_size=1, decode_unicode=False):
        data = self.content
        size = chunk_size or len(data) or 1
        for i in range(0, len(data), size):
            chunk = data[i:i + size]
            yield chunk.decode(self.encoding or 'utf-8', errors='replace') if decode_unicode else chunk

    def iter_lines(self, chunk_size=512, decode_unicode=False, delimiter=None):
        data = self.text if decode_unicode else self.content
        lines = data.split(delimiter) if delimiter else data.splitlines()
        yield from lines

    @property
    def links(self):
        return {}

    def raise_for_status(self):
        reason = self.reason
        if isinstance(reason, bytes):
            try:
                reason = reason.decode('utf-8')
            except UnicodeDecodeError:
                reason = reason.decode('iso-8859-1')
        msg = ''
        if self.status_code is None:
            return
        if 400 <= self.status_code < 500:
            msg = f"{self.status_code} Client Error: {reason} for url: {self.url}"
        elif 500 <= self.status_code < 600:
            msg = f"{self.status_code} Server Error: {reason} for url: {self.url}"
        if msg:
            raise HTTPError(msg, response=self)

    def close(self):
        pass
