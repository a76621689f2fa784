# StreamWriter.write takes any bytes-like object (bytes, bytearray, memoryview, a slice of a
# memoryview) and refuses str with CPython's message.
import asyncio


async def handle(reader, writer):
    data = await reader.read(100)
    view = memoryview(data)
    writer.write(view[:2])
    writer.write(view[2:])
    writer.write(bytearray(b"!"))
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write("text")
    except TypeError as e:
        print("TypeError:", e)
    writer.write(memoryview(b"hello"))
    await writer.drain()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
