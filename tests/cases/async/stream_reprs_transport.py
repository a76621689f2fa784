"""StreamWriter and StreamReader reprs show CPython's transport (_SelectorSocketTransport with
fd, read/write polling state and buffer size; closing, closed), the reader's eof after close,
and a subprocess stdin's _UnixWritePipeTransport. Descriptor numbers are masked."""
import asyncio
import re


def show(label, obj):
    print(label, re.sub(r"fd=\d+", "fd=N", repr(obj)))


async def handler(r, w):
    show("server writer", w)
    await r.read(5)
    show("server reader", r)
    w.write(b"x" * 10)
    w.close()
    show("server closing", w)
    await w.wait_closed()
    show("server closed", w)


async def main():
    srv = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port, limit=100)
    show("client", w)
    w.write(b"hello")
    await asyncio.sleep(0.02)
    print(await r.read())
    show("client at eof", r)
    w.close()
    show("client closing", w)
    await w.wait_closed()
    show("client closed", w)
    srv.close()
    p = await asyncio.create_subprocess_exec("cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL)
    show("stdin", p.stdin)
    p.stdin.close()
    await p.wait()


asyncio.run(main())
