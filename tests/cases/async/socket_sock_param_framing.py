import asyncio, socket, hashlib, struct

class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
    def data_received(self, data):
        self.transport.write(data[::-1])
        self.transport.close()

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.buf = b''
    def connection_made(self, transport):
        transport.write(b'abcdef')
    def data_received(self, data):
        self.buf += data
    def connection_lost(self, exc):
        self.done.set_result(self.buf)

async def main():
    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen()
    port = lsock.getsockname()[1]
    server = await loop.create_server(Echo, sock=lsock)
    csock = socket.create_connection(('127.0.0.1', port))
    csock.setblocking(False)
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Client(done), sock=csock)
    print(await done)
    server.close()
    await server.wait_closed()
    try:
        await loop.create_connection(Echo, '127.0.0.1', 1, sock=socket.socket())
    except ValueError as e:
        print(e)
    # binary framing over a socketpair with struct + hashlib
    a, b = socket.socketpair()
    r, w = await asyncio.open_connection(sock=a)
    payload = b'x' * 1000
    frame = struct.pack('!I', len(payload)) + payload + hashlib.sha256(payload).digest()
    b.sendall(frame)
    n, = struct.unpack('!I', await r.readexactly(4))
    body = await r.readexactly(n)
    digest = await r.readexactly(32)
    print(n, hashlib.sha256(body).digest() == digest)
    w.close()
    await w.wait_closed()
    b.close()

asyncio.run(main())
