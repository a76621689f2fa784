# StreamWriter.transport of a socket or subprocess-pipe stream is a transport object, as in
# CPython: _SelectorSocketTransport / _UnixWritePipeTransport with the Transport API and repr
# (it used to be the writer itself, so pause_reading() and the repr were wrong).
import asyncio, re

def clean(x):
    return re.sub(r"fd=\d+", "fd=N", repr(x))

async def handler(r, w):
    await r.read()
    w.close()

async def main():
    srv = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    tr = w.transport
    print(type(tr).__name__, type(tr).__module__, isinstance(tr, asyncio.Transport))
    print(tr is w.transport, tr.is_reading(), tr.is_closing(), tr.can_write_eof())
    print(tr.get_extra_info("peername") == ("127.0.0.1", port), tr.get_extra_info("nope", 5))
    print(tr.get_write_buffer_size(), tr.get_write_buffer_limits())
    tr.pause_reading()
    print(tr.is_reading(), clean(tr))
    tr.resume_reading()
    print(tr.is_reading(), clean(tr))
    tr.write(b"via transport")
    tr.write_eof()
    tr.close()
    print(tr.is_closing(), clean(tr))
    await w.wait_closed()
    print(clean(tr))
    proc = await asyncio.create_subprocess_exec("cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    st = proc.stdin.transport
    print(type(st).__name__, clean(st))
    proc.stdin.close()
    await proc.wait()
    print(clean(proc.stdin))
    srv.close()
    await srv.wait_closed()

asyncio.run(main())
