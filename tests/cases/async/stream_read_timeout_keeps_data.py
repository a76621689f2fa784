import asyncio

async def handle(reader, writer):
    await asyncio.sleep(0.05)
    writer.write(b"late line\n")
    await writer.drain()
    await asyncio.sleep(0.05)
    writer.write(b"second\n")
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await asyncio.wait_for(reader.readline(), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
    await asyncio.sleep(0.08)
    print(await reader.readline())
    print(await reader.readline())
    print(await reader.readline())
    writer.close()
    server.close()

asyncio.run(main())
