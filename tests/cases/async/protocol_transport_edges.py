import asyncio

class KeepOpen(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        self.buf = b""
        print("srv made", transport.get_extra_info("peername")[0], transport.is_closing())
    def data_received(self, data):
        self.buf += data
    def eof_received(self):
        print("srv eof, buf =", self.buf)
        self.transport.write(b"reply after eof:" + self.buf)
        self.transport.close()
        return True
    def connection_lost(self, exc):
        print("srv lost", exc)

class Collect(asyncio.Protocol):
    def __init__(self):
        self.data = b""
        self.lost = asyncio.get_running_loop().create_future()
    def connection_made(self, transport):
        print("cli made", isinstance(transport, asyncio.Transport), isinstance(transport, asyncio.BaseTransport))
    def data_received(self, data):
        self.data += data
    def connection_lost(self, exc):
        self.lost.set_result(exc)

class Crashy(asyncio.Protocol):
    def connection_made(self, transport):
        self.t = transport
    def data_received(self, data):
        raise ValueError("bad data " + data.decode())
    def connection_lost(self, exc):
        print("crashy lost", repr(exc))

def handler(loop, ctx):
    print("handler:", ctx["message"], repr(ctx.get("exception")))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    server = await loop.create_server(KeepOpen, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    tr, pr = await loop.create_connection(Collect, "127.0.0.1", port)
    tr.writelines([b"a", b"b", b"c"])
    print(tr.get_write_buffer_size(), tr.get_write_buffer_limits(), tr.can_write_eof())
    tr.write_eof()
    try:
        tr.write(b"x")
    except RuntimeError as e:
        print("RE", e)
    try:
        tr.write("str")
    except TypeError as e:
        print("TE", e)
    print("lost:", await pr.lost, pr.data)
    print(tr.is_closing(), tr.get_protocol())
    server.close()
    await server.wait_closed()

    server = await loop.create_server(Crashy, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    tr, pr = await loop.create_connection(Collect, "127.0.0.1", port)
    tr.write(b"zzz")
    print("client lost:", await pr.lost)
    server.close()
    try:
        await loop.create_connection(Collect, "127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused", e.errno)
    p = asyncio.Protocol()
    print(p.data_received(b"x"), p.eof_received(), p.connection_lost(None))
    bt = asyncio.BaseTransport({"a": 1})
    print(bt.get_extra_info("a"), bt.get_extra_info("b", 2))
    try:
        asyncio.Transport().write(b"x")
    except NotImplementedError:
        print("NotImplementedError")
    print(asyncio.Protocol.__mro__, asyncio.Transport.__mro__)
    print(asyncio.DatagramProtocol.__mro__, asyncio.SubprocessProtocol.__mro__, asyncio.BufferedProtocol.__mro__)

asyncio.run(main())
