import asyncio

class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection made", type(transport).__name__ != "")
    def data_received(self, data):
        print("server got", data)
        self.transport.write(data.upper())
    def eof_received(self):
        print("server eof")
        self.transport.close()
    def connection_lost(self, exc):
        print("server lost", exc)

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
    def connection_made(self, transport):
        transport.write(b"hello")
        self.t = transport
    def data_received(self, data):
        print("client got", data)
        self.t.write_eof()
    def eof_received(self):
        print("client eof")
    def connection_lost(self, exc):
        print("client lost", exc)
        self.done.set_result(True)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    print(type(pr).__name__)
    await done
    server.close()
    await server.wait_closed()
    async with await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0) as srv:
        print("ctx", srv.is_serving())
    print("ctx exit", srv.is_serving())

asyncio.run(main())
