# The aiohttp client against a small HTTP/1.1 server in this script (127.0.0.1, free port):
# keep-alive reuse, chunked and read-until-close bodies, redirects, errors and timeouts.
import asyncio
import json

import aiohttp

connections = 0


async def read_request(reader):
    """(method, path, headers, body) of one request, or None when the client hung up."""
    line = await reader.readline()
    if not line:
        return None
    method, path, _ = line.decode('latin-1').split(' ', 2)
    headers = {}
    while True:
        h = await reader.readline()
        if h in (b'\r\n', b''):
            break
        name, _, value = h.decode('latin-1').partition(':')
        headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get('content-length', '0')))
    return method, path, headers, body


def response(status, body=b'', content_type='text/plain', extra=''):
    reason = {200: 'OK', 302: 'Found', 303: 'See Other', 404: 'Not Found'}[status]
    head = (f'HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n'
            f'Content-Length: {len(body)}\r\n{extra}\r\n')
    return head.encode('latin-1') + body


async def handle(reader, writer):
    global connections
    connections += 1
    while True:
        request = await read_request(reader)
        if request is None:
            break
        method, path, headers, body = request
        if path == '/hello':
            writer.write(response(200, b'hello world', 'text/html; charset=utf-8'))
        elif path == '/chunked':
            writer.write(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'
                         b'5\r\nfirst\r\n7;ext=1\r\n second\r\n6\r\n third\r\n0\r\n\r\n')
        elif path == '/lines':
            writer.write(response(200, b'one\ntwo\nthree\n'))
        elif path == '/until-close':
            writer.write(b'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it')
            await writer.drain()
            break
        elif path == '/redirect':
            writer.write(response(302, extra='Location: /hello\r\n'))
        elif path.startswith('/loop'):
            writer.write(response(302, extra=f'Location: /loop{len(path)}\r\n'))
        elif path == '/form':
            writer.write(response(303, extra='Location: /hello\r\n'))
        elif path == '/json':
            writer.write(response(200, b'{"a": [1, 2], "b": null}', 'application/json'))
        elif path == '/not-json':
            writer.write(response(200, b'{"a": 1}', 'text/plain; charset=utf-8'))
        elif path == '/latin1':
            writer.write(response(200, 'café'.encode('latin-1'), 'text/plain; charset=latin-1'))
        elif path.startswith('/echo'):
            echo = {'method': method, 'path': path, 'type': headers.get('content-type'),
                    'body': body.decode(), 'x-token': headers.get('x-token')}
            writer.write(response(200, json.dumps(echo).encode(), 'application/json'))
        elif path == '/malformed':
            writer.write(b'garbage\r\n\r\n')
            await writer.drain()
            break
        elif path == '/hang-up':
            break
        elif path == '/slow':
            await asyncio.sleep(0.3)
            break
        else:
            writer.write(response(404, b'no such page'))
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    base = 'http://127.0.0.1:{}'.format(server.sockets[0].getsockname()[1])
    async with server, aiohttp.ClientSession(base_url=base) as session:
        # keep-alive: three sequential requests share one connection
        for _ in range(3):
            async with session.get('/hello') as resp:
                print(resp.status, resp.reason, resp.ok, await resp.text(), resp.content_type,
                      resp.charset, resp.content_length)
        print('connections after 3 requests:', connections)

        async with session.get('/chunked') as resp:
            print('chunked:', await resp.read(), resp.headers['transfer-encoding'])
        async with session.get('/lines') as resp:
            print('lines:', [line async for line in resp.content])
        async with session.get('/lines') as resp:
            print('chunks:', [c async for c in resp.content.iter_chunked(5)])
        async with session.get('/lines') as resp:
            print('readline/read(n):', await resp.content.readline(), await resp.content.read(3))
        async with session.get('/until-close') as resp:
            print('until close:', resp.version, await resp.text())

        async with session.get('/redirect') as resp:
            print('redirect:', resp.status, resp.url.path, [h.status for h in resp.history],
                  resp.history[0].url.path)
        async with session.post('/form', data={'x': '1'}) as resp:
            print('303 after POST:', resp.method, resp.status, resp.url.path)
        async with session.get('/redirect', allow_redirects=False) as resp:
            print('not followed:', resp.status, resp.headers['Location'])
        try:
            await session.get('/loop')
        except aiohttp.TooManyRedirects as e:
            print('TooManyRedirects:', len(e.history), e.request_info.url.path)

        async with session.get('/missing') as resp:
            print('404:', resp.status, resp.reason, resp.ok)
            try:
                resp.raise_for_status()
            except aiohttp.ClientResponseError as e:
                print(type(e).__name__, e.status, e.message, str(e).replace(base, 'BASE'))

        async with session.get('/json') as resp:
            print('json:', await resp.json())
        async with session.get('/not-json') as resp:
            try:
                await resp.json()
            except aiohttp.ContentTypeError as e:
                print(type(e).__name__, str(e).replace(base, 'BASE'))
            print('json anyway:', await resp.json(content_type=None))
        async with session.get('/latin1') as resp:
            print('charset:', resp.charset, await resp.text())

        async with session.post('/echo', json={'k': [1, 'two']}) as resp:
            print('post json:', await resp.json())
        async with session.put('/echo', data={'a': 'b c', 'n': '1'}, headers={'X-Token': 't'}) as resp:
            print('put form:', await resp.json())
        async with session.get('/echo', params={'q': 'a b', 'page': 2}) as resp:
            print('params:', (await resp.json())['path'])
        resp = await session.delete('/echo?x=1')
        print('await without with:', resp.method, resp.status, (await resp.json())['method'])
        try:
            await session.get('/echo', data=b'x', json={})
        except ValueError as e:
            print('ValueError:', e)

        try:
            await session.get('/malformed')
        except aiohttp.ClientResponseError as e:
            print('malformed:', type(e).__name__, e.status)
        try:
            await session.get('/hang-up')
        except aiohttp.ServerDisconnectedError as e:
            print('hang-up:', type(e).__name__, e, isinstance(e, aiohttp.ClientConnectionError))
        try:
            await session.get('/slow', timeout=aiohttp.ClientTimeout(total=0.1))
        except asyncio.TimeoutError as e:
            print('timeout:', type(e).__name__)
        await asyncio.sleep(0.3)  # let the slow handler finish before the server closes

    closed = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = closed.sockets[0].getsockname()[1]
    closed.close()
    await closed.wait_closed()
    async with aiohttp.ClientSession() as session:
        try:
            await session.get(f'http://127.0.0.1:{port}/')
        except aiohttp.ClientConnectorError as e:
            print('refused:', type(e).__name__, str(e).replace(str(port), 'PORT'),
                  isinstance(e, OSError), e.host, e.os_error.errno)
        try:
            await session.get('not a url')
        except aiohttp.InvalidURL as e:
            print('invalid:', repr(e))
    print('session closed:', session.closed)


asyncio.run(main())
