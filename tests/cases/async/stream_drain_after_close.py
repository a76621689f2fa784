# drain() on a writer that was closed yields once, then finds the connection lost and raises
# ConnectionResetError('Connection lost'), as CPython's protocol drain helper does; write()
# after close() is silently ignored.
import asyncio


async def handle(reader, writer):
    print("server got", await reader.read())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"x")
    await writer.drain()
    writer.close()
    try:
        await writer.drain()
        print("drained")
    except ConnectionResetError as e:
        print(type(e).__name__, e)
    writer.write(b"ignored")
    print("write after close: no error")
    await asyncio.sleep(0.2)
    server.close()
    await server.wait_closed()


asyncio.run(main())
