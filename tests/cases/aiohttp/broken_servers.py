# aiohttp against servers that misbehave: a keep-alive connection closed without notice, a
# body shorter than its Content-Length, a stalled body (sock_read and total timeouts).
import asyncio

import aiohttp

connections = 0


async def handler(reader, writer):
    global connections
    connections += 1
    line = await reader.readline()
    while (await reader.readline()) not in (b'\r\n', b''):
        pass
    path = line.split()[1]
    if path == b'/short':
        writer.write(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc')
    elif path == b'/stall':
        writer.write(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc')
        await writer.drain()
        await asyncio.sleep(0.4)
    else:
        writer.write(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi')
    await writer.drain()
    writer.close()          # HTTP/1.1 without "Connection: close": the client finds out later


async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    base = 'http://127.0.0.1:{}'.format(server.sockets[0].getsockname()[1])
    async with aiohttp.ClientSession() as session:
        for i in range(3):
            async with session.get(base + '/') as resp:
                print(i, await resp.text(), 'connections:', connections)
                await asyncio.sleep(0.05)
        async with session.get(base + '/short') as resp:
            try:
                await resp.read()
            except aiohttp.ClientPayloadError as e:
                print(type(e).__name__, e)
        async with session.get(base + '/stall', timeout=aiohttp.ClientTimeout(sock_read=0.1)) as resp:
            try:
                await resp.read()
            except aiohttp.ServerTimeoutError as e:
                print(type(e).__name__, e, isinstance(e, asyncio.TimeoutError))
        async with session.get(base + '/stall', timeout=aiohttp.ClientTimeout(total=0.2)) as resp:
            try:
                await resp.read()
            except asyncio.TimeoutError as e:
                print('total timeout while reading the body:', repr(e))
    async with aiohttp.request('GET', base + '/') as resp:
        print('aiohttp.request():', resp.status, await resp.text())
    await asyncio.sleep(0.5)
    print('connections:', connections)
    server.close()


asyncio.run(main())
