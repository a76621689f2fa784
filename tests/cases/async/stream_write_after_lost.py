"""Writing to a stream whose peer went away, as CPython's socket transport does: the failing
write loses the connection (drain: ConnectionResetError('Connection lost'), then the reader's
error), later writes are dropped and counted, from the fifth on each logs "socket.send() raised
exception.", wait_closed() raises the error; writes after close() count the same way."""
import asyncio


async def handler(r, w):
    await r.read(1)
    w.close()


async def main():
    srv = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"x")
    await asyncio.sleep(0.02)
    print(await r.read())
    print("closing?", w.is_closing())
    for i in range(8):
        try:
            w.write(b"data")
            await w.drain()
            print("write ok", i)
        except Exception as e:
            print("write err", i, type(e).__name__, e)
        await asyncio.sleep(0.005)
    print("closing?", w.is_closing())
    w.close()
    for i in range(2):
        try:
            await w.wait_closed()
        except BrokenPipeError as e:
            print("wait_closed:", type(e).__name__, e)
    tr = w.transport
    print(tr.is_closing(), tr.get_write_buffer_size(), tr.get_write_buffer_limits())

    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.close()
    for i in range(7):
        w.write(b"after close")
    await w.wait_closed()
    print("closed cleanly")
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
