# A StreamReader's limit bounds lines, not reads: read(n) returns what arrived (up to n) and
# readline() sees the whole chunk before judging it against the limit, as CPython's transport
# reads up to 256 KiB per event.
import asyncio
async def handle(r, w):
    w.write(b"hello world\nsecond line that is long\nabc")
    await w.drain()
    w.close()
async def main():
    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port, limit=4)
    await asyncio.sleep(0.2)
    print(await r.read(100))
    w.close()
    r, w = await asyncio.open_connection("127.0.0.1", port, limit=4)
    await asyncio.sleep(0.2)
    try:
        print(await r.readline())
    except ValueError as e:
        print(type(e).__name__, e)
    print(await r.read(5))
    w.close()
    srv.close()
    await srv.wait_closed()
asyncio.run(main())
