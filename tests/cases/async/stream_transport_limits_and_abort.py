# A stream writer's transport: set_write_buffer_limits() checked and reported as CPython's,
# pause/resume_reading, abort() from the server side, write() after write_eof().
import asyncio

async def handle(r, w):
    data = await r.read(0)
    print("read(0)", data)
    lines = []
    async for line in r:
        lines.append(line)
    print("server got", lines)
    w.writelines([b"a", b"b", bytearray(b"c"), memoryview(b"d")])
    print(w.get_extra_info("peercert"), w.get_extra_info("nonexistent", "dflt"), w.get_extra_info("sslcontext"))
    await w.drain()
    w.transport.abort()
    print("aborted", w.is_closing())

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"one\ntwo\nthree")
    w.write_eof()
    print(await r.read())
    print(r.at_eof(), r.exception())
    t = w.transport
    print(type(t).__name__, t.is_closing(), t.get_write_buffer_limits(), t.get_write_buffer_size())
    t.set_write_buffer_limits(high=100)
    print(t.get_write_buffer_limits())
    try:
        t.set_write_buffer_limits(high=1, low=5)
    except ValueError as e:
        print(e)
    t.pause_reading(); print(t.is_reading()); t.resume_reading(); print(t.is_reading())
    w.close()
    w.close()
    await w.wait_closed()
    try:
        w.write(b"x")
        print("write after close ok")
    except Exception as e:
        print(type(e).__name__, e)
    server.close()
    await server.wait_closed()
    try:
        await server.start_serving()
    except Exception as e:
        print(type(e).__name__)

asyncio.run(main())
