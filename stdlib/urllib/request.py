"""Opening URLs (CPython's urllib.request, for http: and file: URLs): `urlopen` sends a
Request through http.client with the headers CPython sends, follows redirects, and raises
HTTPError for an error status and URLError when the server cannot be reached. No TLS, so
https: URLs are an unknown url type, as in a CPython built without ssl; no proxies."""

import os
import socket
import sys
import http.client
from urllib.error import URLError, HTTPError
from urllib.parse import urlparse, urljoin, unquote, quote
from urllib.response import addinfourl

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'HTTPHandler', 'FileHandler', 'HTTPErrorProcessor',
    'UnknownHandler', 'ProxyHandler', 'urlopen', 'install_opener', 'build_opener',
    'pathname2url', 'url2pathname', 'getproxies', 'urlretrieve', 'urlcleanup',
]

__version__ = '%d.%d' % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None,
            cadefault=False, context=None):
    global _opener
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    global _opener
    _opener = opener


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = (self.host or '').rpartition(':')[0] if ':' in (self.host or '') else self.host
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            # A new body needs a new length.
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        self.host, self.type = host, type
        self.selector = self.full_url

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


def _splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring'), the scheme lowercased."""
    scheme, sep, data = url.partition(':')
    if sep and scheme and '/' not in scheme:
        return scheme.lower(), data
    return None, url


def _splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    if not url.startswith('//'):
        return None, url
    rest = url[2:]
    end = len(rest)
    for c in '/#?':
        i = rest.find(c)
        if i >= 0:
            end = min(end, i)
    host_port, path = rest[:end], rest[end:]
    if path and path[0] != '/':
        path = '/' + path
    return host_port, path


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def unwrap(url):
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        return self.handler_order < getattr(other, 'handler_order', sys.maxsize)


class HTTPHandler(BaseHandler):
    def http_open(self, req):
        return _http_open(self.parent, req)


class FileHandler(BaseHandler):
    def file_open(self, req):
        return _file_open(req)


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    max_repeats = 4
    max_redirections = 10


class HTTPErrorProcessor(BaseHandler):
    handler_order = 1000


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


class ProxyHandler(BaseHandler):
    handler_order = 100

    def __init__(self, proxies=None):
        self.proxies = proxies if proxies is not None else getproxies()


class OpenerDirector:
    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/%s' % __version__)]
        self.handlers = []

    def add_handler(self, handler):
        self.handlers.append(handler)
        handler.add_parent(self)

    def close(self):
        pass

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        seen = 0
        while True:
            response = self._open_once(req)
            if req.type not in ('http',):
                return response
            code = response.status
            if 200 <= code < 300:
                return response
            location = response.headers.get('location') or response.headers.get('uri')
            if code in (301, 302, 303, 307, 308) and location is not None:
                seen += 1
                if seen > HTTPRedirectHandler.max_redirections:
                    raise HTTPError(req.full_url, code,
                                    "The HTTP server returned a redirect error that would lead to an infinite loop.\n"
                                    "The last 30x error message was:\n" + response.reason,
                                    response.headers, response)
                req = self._redirected(req, response, location)
                continue
            raise HTTPError(req.full_url, code, response.reason, response.headers, response)

    def _open_once(self, req):
        if req.type == 'http':
            return _http_open(self, req)
        if req.type == 'file':
            for h in self.handlers:
                if hasattr(h, 'file_open'):
                    return h.file_open(req)
            return _file_open(req)
        raise URLError('unknown url type: %s' % req.type)

    def _redirected(self, req, response, location):
        response.read()
        response.close()
        urlparts = urlparse(location)
        if not urlparts.path and urlparts.netloc:
            urlparts = list(urlparts)
            urlparts[2] = "/"
            from urllib.parse import urlunparse
            location = urlunparse(urlparts)
        newurl = urljoin(req.full_url, quote(location, safe="%/:=&?~#+!$,;'@()*[]|"))
        if urlparse(newurl).scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, response.status,
                            "%s - Redirection to url '%s' is not allowed" % (response.reason, newurl),
                            response.headers, response)
        m = req.get_method()
        if response.status in (307, 308):
            new = Request(newurl, data=req.data, method=m, origin_req_host=req.origin_req_host, unverifiable=True)
            for k, v in req.headers.items():
                new.add_header(k, v)
        else:
            headers = {k: v for k, v in req.headers.items() if k.lower() not in ("content-length", "content-type")}
            new = Request(newurl, headers=headers, origin_req_host=req.origin_req_host, unverifiable=True)
        new.timeout = req.timeout
        return new


def build_opener(*handlers):
    opener = OpenerDirector()
    for h in handlers:
        if isinstance(h, type):
            h = h()
        opener.add_handler(h)
    return opener


def _http_open(opener, req):
    host = req.host
    if not host:
        raise URLError('no host given')
    data = req.data
    if data is not None:
        if isinstance(data, str):
            raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. "
                            "It cannot be of type str.")
        if not req.has_header('Content-type'):
            req.add_unredirected_header('Content-type', 'application/x-www-form-urlencoded')
        if not req.has_header('Content-length') and not req.has_header('Transfer-encoding'):
            try:
                req.add_unredirected_header('Content-length', '%d' % len(memoryview(data)))
            except TypeError:
                if isinstance(data, (bytes, bytearray)):
                    req.add_unredirected_header('Content-length', '%d' % len(data))
                else:
                    req.add_unredirected_header('Transfer-encoding', 'chunked')
    sel_host = host
    if not req.has_header('Host'):
        req.add_unredirected_header('Host', sel_host)
    for name, value in opener.addheaders:
        name = name.capitalize()
        if not req.has_header(name):
            req.add_unredirected_header(name, value)
    conn = http.client.HTTPConnection(host, timeout=getattr(req, 'timeout', socket._GLOBAL_DEFAULT_TIMEOUT))
    headers = dict(req.unredirected_hdrs)
    headers.update({k: v for k, v in req.headers.items() if k not in headers})
    headers["Connection"] = "close"
    headers = {name.title(): val for name, val in headers.items()}
    try:
        try:
            conn.request(req.get_method(), req.selector, req.data, headers)
        except OSError as err:
            raise URLError(err)
        r = conn.getresponse()
    except:
        conn.close()
        raise
    if conn.sock:
        conn.sock.close()
        conn.sock = None
    r.url = req.get_full_url()
    r.msg = r.reason
    return r


def _file_open(req):
    path = url2pathname(req.selector)
    try:
        stats = os.stat(path)
        fp = open(path, 'rb')
    except OSError as exp:
        raise URLError(exp, exp.filename)
    import mimetypes
    import time
    headers = http.client.HTTPMessage()
    mtype = mimetypes.guess_type(path)[0]
    headers['Content-type'] = mtype or 'text/plain'
    headers['Content-length'] = str(stats.st_size)
    # email.utils.formatdate(mtime, usegmt=True)
    headers['Last-modified'] = time.strftime('%a, %d %b %Y %H:%M:%S GMT', time.gmtime(stats.st_mtime))
    return addinfourl(fp, headers, 'file://' + (req.host or '') + req.selector)


def url2pathname(pathname):
    return unquote(pathname)


def pathname2url(pathname):
    return quote(pathname)


def getproxies():
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == '_proxy':
            proxies[name[:-6]] = value
    return proxies


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the resource at `url` into `filename` (a temporary file when None): the file
    name and the headers."""
    with urlopen(url, data) as fp:
        headers = fp.info()
        if filename is None:
            import tempfile
            fd, filename = tempfile.mkstemp()
            _url_tempfiles.append(filename)
            tfp = os.fdopen(fd, 'wb')
        else:
            tfp = open(filename, 'wb')
        with tfp:
            bs = 1024 * 8
            size = -1
            read = 0
            blocknum = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocknum, bs, size)
            while True:
                block = fp.read(bs)
                if not block:
                    break
                read += len(block)
                tfp.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, bs, size)
    if size >= 0 and read < size:
        from urllib.error import ContentTooShortError
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes" % (read, size),
                                   (filename, headers))
    return filename, headers


def urlcleanup():
    for temp_file in _url_tempfiles:
        try:
            os.unlink(temp_file)
        except OSError:
            pass
    del _url_tempfiles[:]
    global _opener
    _opener = None
