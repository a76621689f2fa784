# loop.create_datagram_endpoint(): the docs' UDP echo server and client, transport reprs and
# the argument checks, as CPython 3.11's _SelectorDatagramTransport.
import asyncio, re

def clean(x):
    return re.sub(r"fd=\d+", "fd=N", repr(x))

class EchoServerProtocol:
    def connection_made(self, transport):
        self.transport = transport
        print("server made", clean(transport))
    def datagram_received(self, data, addr):
        message = data.decode()
        print('Received %r' % message)
        self.transport.sendto(data.upper(), addr)
    def connection_lost(self, exc):
        print("server lost", exc)

class EchoClientProtocol:
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost
        self.transport = None
    def connection_made(self, transport):
        self.transport = transport
        print('Send:', self.message)
        self.transport.sendto(self.message.encode())
    def datagram_received(self, data, addr):
        print("Received:", data.decode())
        print("Close the socket")
        self.transport.close()
    def error_received(self, exc):
        print('Error received:', exc)
    def connection_lost(self, exc):
        print("Connection closed", exc)
        self.on_con_lost.set_result(True)

async def main():
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_datagram_endpoint(EchoServerProtocol, local_addr=('127.0.0.1', 0))
    port = transport.get_extra_info("sockname")[1]
    print(type(transport).__name__, isinstance(transport, asyncio.DatagramTransport), isinstance(transport, asyncio.Transport), clean(transport))
    on_con_lost = loop.create_future()
    ct, cp = await loop.create_datagram_endpoint(lambda: EchoClientProtocol("Hello World!", on_con_lost), remote_addr=('127.0.0.1', port))
    print(ct.get_extra_info("peername") == ('127.0.0.1', port))
    await on_con_lost
    print(clean(ct))
    try:
        ct.sendto(b"x", ("127.0.0.1", 1))
    except ValueError as e:
        print("VE", str(e).split(" or ")[0])
    try:
        transport.sendto("str", ("127.0.0.1", port))
    except TypeError as e:
        print("TE", e)
    transport.close()
    print(clean(transport), transport.is_closing())
    await asyncio.sleep(0)
    print(clean(transport))
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol)
    except ValueError as e:
        print(e)
    import socket
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=s, allow_broadcast=True)
    except ValueError as e:
        print(e)
    t3, p3 = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=s)
    print(type(p3).__name__, t3.get_extra_info("sockname") == s.getsockname())
    t3.close()
    await asyncio.sleep(0)
    print(s.fileno())
    tcp = socket.socket()
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=tcp)
    except ValueError as e:
        print(str(e).split(",")[0])
    tcp.close()

asyncio.run(main())
