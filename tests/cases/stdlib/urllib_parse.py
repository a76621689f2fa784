# urllib.parse: splitting, joining and percent-encoding, compared with CPython.
from urllib.parse import (quote, quote_plus, unquote, unquote_plus, urlencode, urlparse, urlsplit,
                          urlunparse, urlunsplit, urljoin, parse_qs, parse_qsl, urldefrag)
import urllib.parse

print(quote('a b/c?d=é&~x'), quote('a b/c', safe=''), quote(b'\x00\xff/'), quote(''))
print(quote_plus('a b&c=d/e'), quote_plus('a+b'), quote_plus('x y', safe='/'))
print(unquote('a%20b%2Fc%C3%A9%zz%'), unquote('%E2%82%AC and €'), unquote('%ff'), unquote('no escapes'))
print(unquote_plus('a+b%2Bc'), unquote(b'%41%42'))
print(urlencode({'q': 'hello world', 'n': 3, 'e': 'é&'}))
print(urlencode([('a', 1), ('a', 2)]), urlencode({'x': [1, 2], 'y': 'z'}, doseq=True))
print(urlencode({'x': [1, 2]}), urlencode({'b': b'\xff k'}))
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError:', e)

u = urlparse('http://User:Pw@Example.COM:8080/a/b;p?x=1&y=2#frag')
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.hostname, u.port, u.username, u.password, u.geturl())
print(u == ('http', 'User:Pw@Example.COM:8080', '/a/b', 'p', 'x=1&y=2', 'frag'), len(u), u[1])
scheme, netloc, *rest = u
print(scheme, netloc, rest, u._replace(fragment='').geturl())
s = urlsplit('https://[::1]:443/p?q#f')
print(s, s.hostname, s.port)
print(urlsplit('example.com/path'), urlsplit('//host/x'), urlsplit('mailto:me@x.org'))
print(urlsplit('http://h/p#f', allow_fragments=False), urlparse('/x', scheme='https'))
print(urlsplit('http://h:/').port, urlsplit('http://h').username)
try:
    urlsplit('http://h:abc/').port
except ValueError as e:
    print('ValueError:', e)
try:
    urlsplit('http://h:99999/').port
except ValueError as e:
    print('ValueError:', e)
try:
    urlsplit('http://[::1/')
except ValueError as e:
    print('ValueError:', e)
print(urlunparse(('http', 'h', '/p', 'a', 'q=1', 'f')), urlunsplit(('http', 'h', 'p', '', '')))
print(urlunsplit(('', '', 'rel/p', 'q', '')), urlunsplit(('file', '', '/etc/x', '', '')))

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.',
            'g/./h', 'g/../h', 'http:g', 'https://other/x']:
    print(repr(ref), '->', urljoin(base, ref))
print(urljoin('http://h/dir/', 'page.html'), urljoin('', 'x'), urljoin('http://h/a', ''))

print(parse_qs('a=1&b=2&a=3&c=&d'), parse_qs('c=&d', keep_blank_values=True))
print(parse_qsl('x=a+b&y=%2F%C3%A9&&z'), parse_qsl('a=1;b=2', separator=';'))
try:
    parse_qsl('a&b', strict_parsing=True)
except ValueError as e:
    print('ValueError:', e)
d = urldefrag('http://h/p?q#frag')
print(d, d.url, d.fragment, urldefrag('http://h/p'))
print(urllib.parse.quote is quote)
