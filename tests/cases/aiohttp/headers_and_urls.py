# The multidict and yarl pieces of aiohttp: case-insensitive headers and URL values.
from multidict import CIMultiDict, CIMultiDictProxy, MultiDict
from yarl import URL

h = CIMultiDict([('Content-Type', 'text/html'), ('Set-Cookie', 'a=1')])
h.add('set-cookie', 'b=2')
print(h)
print(h['content-type'], h.getall('SET-COOKIE'), 'CONTENT-TYPE' in h, len(h), list(h))
h['Set-Cookie'] = 'c=3'
print(h, h.get('x-missing'), h.get('x-missing', 'default'))
proxy = CIMultiDictProxy(h)
print(proxy, proxy['SET-COOKIE'], proxy.items())
try:
    proxy['x'] = 'y'
except TypeError as e:
    print('read-only:', type(e).__name__)
m = MultiDict(a='1')
m.add('a', '2')
print(m, m.getall('a'), m.getone('a'), 'A' in m, m.popall('a'), m)

u = URL('http://user:pw@Example.com:8080/a/b c?x=1&y=two#frag')
print(repr(u), str(u))
print(u.scheme, u.host, u.port, u.user, u.password, u.path, u.raw_path, u.query_string,
      u.fragment, u.is_absolute())
print(dict(u.query), u.query['y'])
print(u.with_query({'k': 'v w'}), u.with_query(None), u.with_query(page=2))
print(u.join(URL('../c')), u.join(URL('/root?q')), URL('http://h/a/').join(URL('b')))
print(URL('http://h').port, URL('http://h').path, URL('http://h:81/').explicit_port,
      URL('/rel/path').is_absolute(), URL('http://h/x') == URL('http://h/x'))
print(URL('http://h/dir') / 'file name', URL('http://h/p?a=1').extend_query(b=2))
