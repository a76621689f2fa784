# A StreamWriter the script drops without close() closes its connection, as CPython 3.11's
# StreamWriter.__del__ does (its ResourceWarning is hidden by the default filters); the
# reader keeps showing the closed transport.
import asyncio
import re


def strip_fd(r):
    return re.sub(r"fd=\d+", "fd=N", repr(r))


async def handle(reader, writer):
    print("server got", await reader.read(100))
    writer.write(b"pong")
    await writer.drain()
    print("server rest", await reader.read(100))
    writer.close()
    await writer.wait_closed()


async def client(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b"ping")
    print("client got", await reader.read(4))
    return reader


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader = await client(port)
    await asyncio.sleep(0.05)
    print(strip_fd(reader))
    print(await reader.read())
    reader2, writer2 = await asyncio.open_connection('127.0.0.1', port)
    writer2.write(b"again")
    print(await reader2.read(4))
    del writer2
    await asyncio.sleep(0.05)
    print(strip_fd(reader2), await reader2.read(), reader2.at_eof())
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
