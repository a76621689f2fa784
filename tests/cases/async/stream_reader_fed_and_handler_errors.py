"""StreamReader fed by hand waits for feed_data/feed_eof/set_exception; write() after
write_eof(); a failing client_connected_cb is reported and its connection closed."""
import asyncio


async def main():
    r = asyncio.StreamReader()

    async def feeder():
        for chunk in (b"hel", b"lo\nwor", b"ld\n", b"tail"):
            await asyncio.sleep(0)
            r.feed_data(chunk)
        await asyncio.sleep(0)
        r.feed_eof()

    t = asyncio.create_task(feeder())
    print(await r.readline())
    print(await r.readexactly(3))
    print(await r.readuntil(b"\n"))
    print(await r.read())
    await t
    try:
        r.feed_data(b"y")
    except AssertionError as e:
        print("AssertionError:", e)

    r = asyncio.StreamReader()

    async def fail():
        await asyncio.sleep(0)
        r.set_exception(ConnectionResetError("gone"))

    asyncio.create_task(fail())
    try:
        await r.read(5)
    except ConnectionResetError as e:
        print("ConnectionResetError:", e)

    async def bad_handler(reader, writer):
        await reader.read(1)
        raise ValueError("handler failure")

    reported = []
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, ctx: reported.append((ctx["message"], repr(ctx["exception"]))))
    server = await asyncio.start_server(bad_handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"z")
    print("client reads:", await reader.read())  # the server closed the connection
    print(reported)
    writer.write_eof()
    try:
        writer.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    loop.set_exception_handler(None)


asyncio.run(main())
