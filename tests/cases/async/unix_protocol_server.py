# loop.create_unix_server / create_unix_connection with protocols (CPython's
# _UnixSelectorEventLoop): a reversing echo over a Unix socket.
import asyncio, os

class Echo(asyncio.Protocol):
    def connection_made(self, t):
        self.t = t
        print("server made", type(t).__name__)
    def data_received(self, data):
        print("server got", data)
        self.t.write(data[::-1])
        self.t.close()
    def connection_lost(self, exc):
        print("server lost", exc)

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
    def data_received(self, data):
        print("client got", data)
    def connection_lost(self, exc):
        print("client lost", exc)
        self.done.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    path = "/tmp/a7_ux1.sock"
    srv = await loop.create_unix_server(Echo, path)
    print(type(srv).__name__, srv.is_serving())
    done = loop.create_future()
    t, p = await loop.create_unix_connection(lambda: Client(done), path)
    t.write(b"abc")
    await done
    srv.close()
    await srv.wait_closed()
    os.unlink(path)
    try:
        await loop.create_unix_connection(asyncio.Protocol)
    except ValueError as e:
        print(e)

asyncio.run(main())
