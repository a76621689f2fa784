# StreamReaderProtocol over sockets: loop.create_connection with a StreamWriter made from the
# transport and protocol, and loop.create_server whose protocol runs a client_connected_cb.
import asyncio

async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader = asyncio.StreamReader()
    proto = asyncio.StreamReaderProtocol(reader)
    transport, _ = await loop.create_connection(lambda: proto, '127.0.0.1', port)
    writer = asyncio.StreamWriter(transport, proto, reader, loop)
    writer.write(b"hello\n")
    await writer.drain()
    print(await reader.readline())
    print(await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print(writer.is_closing())
    # protocol-based server with StreamReaderProtocol + callback
    async def cb(r, w):
        line = await r.readline()
        w.write(b"echo:" + line)
        await w.drain()
        w.close()
    srv = await loop.create_server(lambda: asyncio.StreamReaderProtocol(asyncio.StreamReader(), cb), '127.0.0.1', 0)
    p2 = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', p2)
    w.write(b"abc\n")
    print(await r.read())
    w.close()
    await w.wait_closed()
    srv.close()
    await srv.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
