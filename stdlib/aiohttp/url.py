"""URL: a small immutable URL value like `yarl.URL` (str, repr, parts, query, join)."""

from urllib.parse import urlsplit, urlunsplit, urljoin, quote, unquote, parse_qsl, urlencode

from .multidict import MultiDict, MultiDictProxy

__all__ = ('URL',)

_DEFAULT_PORTS = {'http': 80, 'https': 443, 'ws': 80, 'wss': 443}
# Characters kept as they are when a path or query is normalised (RFC 3986 reserved + '%').
_PATH_SAFE = "/%:@!$&'()*+,;=~"
_QUERY_SAFE = "/?%:@!$&'()*+,;=~"


class URL:
    __slots__ = ('_parts',)

    def __init__(self, val='', *, encoded=False):
        if isinstance(val, URL):
            self._parts = val._parts
            return
        if not isinstance(val, str):
            raise TypeError(f'Constructor parameter should be str, got {type(val).__name__}')
        scheme, netloc, path, query, fragment = urlsplit(val)
        userinfo, at, hostport = netloc.rpartition('@')
        netloc = userinfo + at + hostport.lower()     # yarl normalises the host to lower case
        if not encoded:
            path = quote(path, safe=_PATH_SAFE)
            query = quote(query, safe=_QUERY_SAFE)
        self._parts = (scheme, netloc, path, query, fragment)

    @classmethod
    def _from_parts(cls, parts):
        url = cls.__new__(cls)
        url._parts = parts
        return url

    def __str__(self):
        scheme, netloc, path, query, fragment = self._parts
        if netloc and not path and (query or fragment):
            path = '/'
        return urlunsplit((scheme, netloc, path, query, fragment))

    def __repr__(self):
        return f"URL('{self}')"

    def __eq__(self, other):
        if not isinstance(other, URL):
            return NotImplemented
        return self._normalized() == other._normalized()

    def _normalized(self):
        scheme, netloc, path, query, fragment = self._parts
        return (scheme, netloc, path or ('/' if netloc else ''), query, fragment)

    def __hash__(self):
        return hash(self._normalized())

    def __truediv__(self, name):
        path = self._parts[2]
        path = (path.rstrip('/') if path != '/' else '') + '/' + quote(name, safe=_PATH_SAFE.replace('/', ''))
        return self._from_parts(self._parts[:2] + (path, '', ''))

    def is_absolute(self):
        return bool(self._parts[1])

    @property
    def scheme(self):
        return self._parts[0]

    @property
    def raw_host(self):
        netloc = self._parts[1].rpartition('@')[2]
        if netloc.startswith('['):
            return netloc[1:].partition(']')[0].lower() or None
        return netloc.partition(':')[0].lower() or None

    host = raw_host

    @property
    def explicit_port(self):
        hostport = self._parts[1].rpartition('@')[2]
        if hostport.startswith('['):
            hostport = hostport.partition(']')[2]
        port = hostport.partition(':')[2]
        return int(port) if port.isdigit() else None

    @property
    def port(self):
        port = self.explicit_port
        if port is None:
            return _DEFAULT_PORTS.get(self.scheme)
        return port

    @property
    def user(self):
        userinfo, at, _ = self._parts[1].rpartition('@')
        return unquote(userinfo.partition(':')[0]) if at else None

    @property
    def password(self):
        userinfo, at, _ = self._parts[1].rpartition('@')
        user, colon, password = userinfo.partition(':')
        return unquote(password) if at and colon else None

    @property
    def raw_path(self):
        path = self._parts[2]
        return path or ('/' if self._parts[1] else '')

    @property
    def path(self):
        return unquote(self.raw_path)

    @property
    def raw_query_string(self):
        return self._parts[3]

    @property
    def query_string(self):
        return unquote(self._parts[3])

    @property
    def query(self):
        return MultiDictProxy(MultiDict(parse_qsl(self._parts[3], keep_blank_values=True)))

    @property
    def raw_path_qs(self):
        if self._parts[3]:
            return f'{self.raw_path}?{self._parts[3]}'
        return self.raw_path

    @property
    def path_qs(self):
        if self._parts[3]:
            return f'{self.path}?{self.query_string}'
        return self.path

    @property
    def fragment(self):
        return unquote(self._parts[4])

    @property
    def name(self):
        return self.path.rpartition('/')[2]

    def origin(self):
        netloc = self._parts[1].rpartition('@')[2]
        return self._from_parts((self._parts[0], netloc, '', '', ''))

    def with_scheme(self, scheme):
        return self._from_parts((scheme.lower(),) + self._parts[1:])

    def with_path(self, path):
        return self._from_parts(self._parts[:2] + (quote(path, safe=_PATH_SAFE), '', ''))

    def with_fragment(self, fragment):
        return self._from_parts(self._parts[:4] + (quote(fragment or '', safe=_QUERY_SAFE),))

    def with_query(self, *args, **kwargs):
        """Replace the query: a str, a mapping or a sequence of pairs (None removes it)."""
        query = _encode_query(*args, **kwargs)
        return self._from_parts(self._parts[:3] + (query, self._parts[4]))

    def extend_query(self, *args, **kwargs):
        extra = _encode_query(*args, **kwargs)
        if not extra:
            return self
        query = self._parts[3]
        return self._from_parts(self._parts[:3] + (f'{query}&{extra}' if query else extra, self._parts[4]))

    def update_query(self, *args, **kwargs):
        merged = MultiDict(self.query)
        for k, v in MultiDict(parse_qsl(_encode_query(*args, **kwargs), keep_blank_values=True)).items():
            merged[k] = v
        return self.with_query(list(merged.items()))

    def join(self, url):
        """Resolve `url` (a URL) against this one, as a browser resolves a link."""
        if not isinstance(url, URL):
            raise TypeError('url should be URL')
        return URL(urljoin(str(self), str(url)), encoded=True)


def _encode_query(*args, **kwargs):
    if kwargs:
        if args:
            raise ValueError('Either kwargs or single query parameter must be present')
        query = kwargs
    elif len(args) == 1:
        query = args[0]
    elif not args:
        query = None
    else:
        raise ValueError('Either kwargs or single query parameter must be present')
    if query is None:
        return ''
    if isinstance(query, str):
        return quote(query, safe=_QUERY_SAFE)
    if hasattr(query, 'items'):
        query = list(query.items())
    pairs = []
    for k, v in query:
        if isinstance(v, bool) or not isinstance(v, (str, int, float)):
            raise TypeError(
                "Invalid variable type: value should be str, int or float, got "
                f"{v!r} of type {type(v)}")
        pairs.append((k, v))
    return urlencode(pairs)
