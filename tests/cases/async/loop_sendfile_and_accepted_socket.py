# loop.getaddrinfo, loop.sendfile over a protocol transport, connect_accepted_socket on one
# end of a socketpair, and sock_recv_into.
import asyncio, socket, os, tempfile

async def main():
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)
    print(infos[0][0], infos[0][4])
    # sendfile over a connection
    class Recv(asyncio.Protocol):
        def __init__(self): self.data = b""; self.done = loop.create_future()
        def data_received(self, d): self.data += d
        def eof_received(self): self.done.set_result(self.data)
    rp = Recv()
    srv = await loop.create_server(lambda: rp, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    tr, _ = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    with tempfile.TemporaryFile() as f:
        f.write(b"file contents " * 100)
        f.seek(0)
        n = await loop.sendfile(tr, f)
        print("sent", n)
    tr.write_eof()
    print(len(await rp.done))
    tr.close()
    srv.close()
    await srv.wait_closed()
    # connect_accepted_socket
    a, b = socket.socketpair()
    class P(asyncio.Protocol):
        def connection_made(self, t): print("accepted made", type(t).__name__)
        def data_received(self, d): print("accepted got", d)
    t2, p2 = await loop.connect_accepted_socket(P, a)
    b.send(b"ping")
    await asyncio.sleep(0.01)
    t2.close()
    b.close()
    # sock_recv_into
    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    await loop.sock_sendall(a, b"12345")
    buf = bytearray(10)
    n = await loop.sock_recv_into(b, buf)
    print(n, buf)
    a.close(); b.close()

asyncio.run(main())
