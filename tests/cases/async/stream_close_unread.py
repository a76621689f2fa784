"""Closing a stream writer whose socket holds bytes no read took: the reader still returns them
(CPython buffered them as they arrived) and the peer sees an orderly EOF, not a reset."""
import asyncio

async def handler(r, w):
    w.write(b"welcome\n")
    await w.drain()
    await asyncio.sleep(0.01)
    w.write(b"more data\n")
    await w.drain()
    try:
        data = await r.read(100)
        print("server read", data)
    except ConnectionResetError as e:
        print("server reset", e)
    w.close()

async def main():
    srv = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    print(await r.readline())
    await asyncio.sleep(0.05)
    w.close()
    await w.wait_closed()
    print(await r.read())
    await asyncio.sleep(0.05)
    srv.close()

asyncio.run(main())
