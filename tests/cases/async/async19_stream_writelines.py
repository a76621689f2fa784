# StreamWriter.writelines joins the chunks before writing, as CPython's transports do: a chunk
# that is not bytes-like fails the whole call ("sequence item 0: ...") with nothing sent.
import asyncio


async def handler(reader, writer):
    data = await reader.read()
    writer.writelines([b"got ", str(len(data)).encode(), b": ", data, b"\n"])
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write("text")
    except TypeError as e:
        print(e)
    for bad in (["a", "b"], [b"ok", 5], 7):
        try:
            writer.writelines(bad)
        except TypeError as e:
            print(e)
    writer.writelines([bytearray(b"abc"), memoryview(b"def")])
    writer.writelines([])
    writer.writelines(iter([b"g", b"h"]))
    writer.write_eof()
    try:
        writer.writelines([b"late"])
    except RuntimeError as e:
        print(e)
    print(await reader.readline())
    print(await reader.readline(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
