# TCPConnector(limit=N): 100 concurrent requests share N keep-alive connections.
import asyncio

import aiohttp

connections = 0
in_flight = peak = 0


async def handler(reader, writer):
    global connections, in_flight, peak
    connections += 1
    while True:
        line = await reader.readline()
        if not line:
            break
        while (await reader.readline()) not in (b'\r\n', b''):
            pass
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.005)
        in_flight -= 1
        path = line.split()[1]
        writer.write(f'HTTP/1.1 200 OK\r\nContent-Length: {len(path)}\r\n\r\n'.encode() + path)
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handler, '127.0.0.1', 0)
    base = 'http://127.0.0.1:{}'.format(server.sockets[0].getsockname()[1])
    connector = aiohttp.TCPConnector(limit=5)
    async with server, aiohttp.ClientSession(base, connector=connector) as session:
        async def fetch(i):
            async with session.get(f'/page/{i}') as resp:
                return await resp.text()

        pages = await asyncio.gather(*(fetch(i) for i in range(100)))
        print(pages[:3], pages[-1], len(set(pages)))
    print('connections opened:', connections, 'most requests at once:', peak)
    print('connector closed:', connector.closed, 'session closed:', session.closed)


asyncio.run(main())
