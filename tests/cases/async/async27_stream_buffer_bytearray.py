# StreamReader._buffer is a bytearray, as in CPython: programs peek at it and change it in
# place, and every read method still returns bytes.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    writer.write(line.upper() + b"rest of data!tail")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def over_socket():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print(type(reader._buffer).__name__, len(reader._buffer))
        writer.write(b"hello\n")
        first = await reader.readexactly(3)
        print(type(first).__name__, first)
        # whatever else arrived is waiting in the buffer
        await asyncio.sleep(0.05)
        print(type(reader._buffer).__name__, bytes(reader._buffer[:3]))
        print(await reader.read(3), await reader.readuntil(b"!"))
        rest = await reader.read()
        print(type(rest).__name__, rest, reader._buffer, reader.at_eof())
        writer.close()
        await writer.wait_closed()


async def fed_by_hand():
    r = asyncio.StreamReader()
    print(repr(r._buffer))
    r.feed_data(b"abc")
    r.feed_data(bytearray(b"def\n"))
    r.feed_data(memoryview(b"ghi"))
    print(repr(r._buffer), r)
    # peek without consuming, as some protocol parsers do
    print(r._buffer.find(b"\n"), bytes(r._buffer[:2]))
    line = await r.readline()
    print(type(line).__name__, line, r._buffer)
    # mutate in place: drop one byte at the front
    del r._buffer[:1]
    print(await r.read(1), r._buffer)
    r._buffer.extend(b"XYZ")
    print(await r.readexactly(3), r._buffer)
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e.partial).__name__, e.partial, e.expected, r._buffer)

    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"abcdefgh\nnext\n")
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e, r._buffer)
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"abcdefgh")
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError:", e, r._buffer)
    r = asyncio.StreamReader()
    r.feed_data(b"a;b;c")
    r.feed_eof()
    print(await r.readuntil(b";"), await r.readuntil(b";"))
    try:
        await r.readuntil(b";")
    except asyncio.IncompleteReadError as e:
        print(type(e.partial).__name__, e.partial, r._buffer)
    r = asyncio.StreamReader()
    r.feed_data(b"xy")
    r.feed_eof()
    everything = await r.read(-1)
    print(type(everything).__name__, everything, r._buffer)


asyncio.run(over_socket())
asyncio.run(fed_by_hand())
