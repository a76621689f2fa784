# Socket and read-pipe transport reprs in each state, as CPython's: read=polling/idle and
# write=<state, bufsize=N> for sockets (idle in connection_made, idle once paused or at EOF,
# only 'closed fd=N' once closed), polling/idle/closed for read pipes.
import asyncio, re

def clean(x):
    return re.sub(r"fd=\d+", "fd=N", repr(x))

class Echo(asyncio.Protocol):
    def connection_made(self, t):
        self.t = t
        print("server made", clean(t))
    def data_received(self, data):
        print("server data", data, clean(self.t))
        self.t.write(data.upper())
    def eof_received(self):
        print("server eof", clean(self.t))
    def connection_lost(self, exc):
        print("server lost", exc, clean(self.t))

class Client(asyncio.Protocol):
    def __init__(self):
        self.done = asyncio.get_running_loop().create_future()
    def connection_made(self, t):
        print("client made", clean(t))
    def data_received(self, data):
        print("client got", data)
    def connection_lost(self, exc):
        self.done.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(Echo, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    t, p = await loop.create_connection(Client, "127.0.0.1", port)
    print("client", clean(t))
    t.write(b"hello")
    await asyncio.sleep(0.02)
    t.pause_reading()
    print("paused", clean(t), t.is_reading())
    t.resume_reading()
    t.write_eof()
    print("after eof", clean(t))
    await asyncio.sleep(0.02)
    t.close()
    print("closing", clean(t))
    await p.done
    print("closed", clean(t))
    srv.close()
    await srv.wait_closed()
    # pipes
    import os
    r, w = os.pipe()
    class RP(asyncio.Protocol):
        def connection_made(self, t):
            print("pipe made", clean(t))
        def data_received(self, d):
            print("pipe data", d)
        def eof_received(self):
            print("pipe eof")
        def connection_lost(self, exc):
            print("pipe lost", exc)
    rt, rp = await loop.connect_read_pipe(RP, os.fdopen(r, "rb", 0))
    print("read pipe", clean(rt))
    os.write(w, b"abc")
    await asyncio.sleep(0.01)
    rt.pause_reading()
    print("read pipe paused", clean(rt))
    rt.resume_reading()
    os.close(w)
    await asyncio.sleep(0.01)
    print("read pipe end", clean(rt))

asyncio.run(main())
