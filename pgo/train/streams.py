"""PGO training: asyncio streams. An echo server on 127.0.0.1 and clients exchanging lines."""
import asyncio


async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, n):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    received = 0
    for i in range(n):
        writer.write(f"message {i}\n".encode())
        await writer.drain()
        received += len(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return received


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        sizes = await asyncio.gather(*(client(port, 1_000) for _ in range(20)))
    print(sum(sizes))


asyncio.run(main())
