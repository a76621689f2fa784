# I/O failures raise CPython's exceptions and the loop keeps running: a refused connection,
# a peer that closes mid-read, a program that does not exist.
import asyncio
async def closer(r, w):
    w.write(b"partial")
    await w.drain()
    w.close()
async def main():
    try:
        await asyncio.open_connection("127.0.0.1", 1)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    srv = await asyncio.start_server(closer, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    try:
        await r.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial)
    w.close()
    try:
        await asyncio.create_subprocess_exec("no-such-program-xyz")
    except FileNotFoundError as e:
        print(e)
    srv.close()
    await srv.wait_closed()
    print("loop still fine", await asyncio.sleep(0, "yes"))
asyncio.run(main())
