# StreamReader.read/readexactly and StreamWriter.write/drain over a real connection, through
# the paths a native fast path must match: data already buffered, data split over several
# recvs, EOF in the middle of readexactly, read after EOF, a small limit, big writes that pass
# the high-water mark, stored exceptions, closed writers, subclasses and calls not awaited at
# once.
import asyncio


class CountingReader(asyncio.StreamReader):
    async def read(self, n=-1):
        print("CountingReader.read", n)
        return await super().read(n)

    async def readexactly(self, n):
        print("CountingReader.readexactly", n)
        return await super().readexactly(n)


async def awaited_at_once(reader, n):
    return await reader.readexactly(n)


async def pieces(reader, writer):
    # The server side: a command per line, answered in pieces.
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd = line.decode().strip()
        if cmd == "split":
            for part in (b"ab", b"cd", b"ef"):
                writer.write(part)
                await writer.drain()
                await asyncio.sleep(0.01)
        elif cmd == "burst":
            writer.write(b"0123456789")
            await writer.drain()
        elif cmd == "big":
            writer.write(b"x" * 300_000)
            await writer.drain()
        elif cmd in ("ab", "cd"):
            writer.write(cmd.encode())
            await writer.drain()
        elif cmd == "line-eof":
            writer.write(b"line\nabc")
            writer.close()
            return
        elif cmd == "short-eof":
            writer.write(b"xyz")
            await writer.drain()
            writer.close()
            return
    writer.close()


async def main():
    server = await asyncio.start_server(pieces, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.read(0), await reader.readexactly(0))
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print("ValueError:", e)

    writer.write(b"split\n")
    await writer.drain()
    print("readexactly over 3 pieces:", await reader.readexactly(6))

    writer.write(b"burst\n")
    await writer.drain()
    print("read(4):", await reader.read(4))
    print("buffered read(3):", await reader.read(3))
    print("buffered readexactly(2):", await reader.readexactly(2))
    print("rest:", await reader.read(100))

    writer.write(b"big\n")
    await writer.drain()
    got = await reader.readexactly(300_000)
    print("big:", len(got), got == b"x" * 300_000)

    # Not awaited at once: a coroutine object, run later.
    writer.write(b"burst\n")
    pending = reader.readexactly(10)
    print(type(pending).__name__)
    print("later:", await pending)
    writer.write(b"burst\n")
    print("wait_for:", await asyncio.wait_for(reader.read(100), 5))

    # EOF that came with the last bytes: a read after the buffer is used up still sees it.
    reader2, writer2 = await asyncio.open_connection("127.0.0.1", port)
    writer2.write(b"line-eof\n")
    await asyncio.sleep(0.05)
    print("line:", await reader2.readline())
    print("then:", await reader2.read(3), await reader2.read(3), reader2.at_eof())
    writer2.close()
    await writer2.wait_closed()

    writer.write(b"short-eof\n")
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    print("after EOF:", await reader.read(10), reader.at_eof())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    writer.write(b"after close")
    print("write after close: ignored")

    # A small limit: every recv takes at most 4 bytes.
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=4)
    writer.write(b"burst\n")
    await writer.drain()
    print("limit=4 readexactly(10):", await reader.readexactly(10))
    writer.write(b"burst\n")
    print("limit=4 readexactly(10) again:", await reader.readexactly(10))

    # A stored exception wins over buffered data and makes drain() raise.
    writer.write(b"burst\n")
    await asyncio.sleep(0.05)
    reader.set_exception(ConnectionResetError("reset by test"))
    for what in ("read", "readexactly", "drain"):
        try:
            if what == "read":
                await reader.read(3)
            elif what == "readexactly":
                await reader.readexactly(3)
            else:
                await writer.drain()
        except ConnectionResetError as e:
            print(what, "raised", e)
    reader._exception = None
    print("then:", await reader.readexactly(10))

    # A patched StreamReader.exception is what drain() calls.
    original = asyncio.StreamReader.exception
    asyncio.StreamReader.exception = lambda self: print("patched exception()")
    writer.write(b"burst\n")
    await writer.drain()
    asyncio.StreamReader.exception = original
    await writer.drain()
    print("and:", await reader.readexactly(10))
    writer.close()
    await writer.wait_closed()

    # Subclasses keep their overrides; super() reaches the base method.
    fed = CountingReader()
    fed.feed_data(b"hello world")
    print("subclass read:", await fed.read(5), await fed.readexactly(6))
    fed.feed_eof()
    print("subclass at EOF:", await fed.read(5), fed.at_eof())

    # A cancelled read leaves the bytes for the next one.
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    task = asyncio.ensure_future(awaited_at_once(reader, 10))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled read")
    writer.write(b"burst\n")
    print("next read:", await reader.readexactly(10))

    # Cancelled after part of readexactly's bytes came: they stay buffered for the next read.
    task = asyncio.ensure_future(awaited_at_once(reader, 4))
    writer.write(b"ab\n")
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled with 2 of 4 bytes")
    writer.write(b"cd\n")
    print("next readexactly(4):", await reader.readexactly(4))
    writer.close()
    await writer.wait_closed()

    server.close()
    await server.wait_closed()


asyncio.run(main())
