# StreamReaderProtocol and FlowControlMixin over connect_read_pipe/connect_write_pipe, the
# StreamWriter(transport, protocol, reader, loop) form (also on sys.stdout), and a
# client_connected_cb run by StreamReaderProtocol.
import asyncio, os, re, sys

class End:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
    def close(self): os.close(self.fd)

async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    reader = asyncio.StreamReader()
    protocol = asyncio.StreamReaderProtocol(reader)
    rt, _ = await loop.connect_read_pipe(lambda: protocol, End(r))
    print(re.sub(r"fd=\d+", "fd=N", repr(reader)))
    wt, wp = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, End(w))
    writer = asyncio.StreamWriter(wt, wp, None, loop)
    print(type(writer).__name__ if False else isinstance(writer, asyncio.StreamWriter))
    writer.write(b"line one\nline two\n")
    writer.writelines([b"three", b"\n"])
    await writer.drain()
    print(await reader.readline())
    print(await reader.readexactly(4))
    writer.close()
    print(writer.is_closing(), writer.can_write_eof(), writer.transport is wt)
    rest = await reader.read()
    print(rest, reader.at_eof())
    await asyncio.sleep(0)
    print(rt.is_closing())
    # stdout as an async writer
    st, sp = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, sys.stdout)
    out = asyncio.StreamWriter(st, sp, None, loop)
    out.write(b"async stdout\n")
    await out.drain()
    print(out.get_extra_info('pipe') is sys.stdout)
    # StreamReaderProtocol with a client_connected_cb over a pipe
    got = loop.create_future()
    async def cb(rd, wr):
        print("cb", type(wr).__name__ if False else "writer", wr.transport is not None)
        got.set_result(await rd.read())
    r2, w2 = os.pipe()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(asyncio.StreamReader(), cb), End(r2))
    os.write(w2, b"via cb")
    os.close(w2)
    print(await got)

asyncio.run(main())
