"""A UDP echo server and a client that sends several datagrams at once: the server reads its
next queued datagram before the client sees the first reply, as under CPython's
level-triggered selector."""
import asyncio


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        print("server: connection_made")
        self.transport = transport

    def datagram_received(self, data, addr):
        print("server received", data.decode())
        self.transport.sendto(data.upper(), addr)


class EchoClient(asyncio.DatagramProtocol):
    def __init__(self, msgs, done):
        self.msgs, self.done, self.n = msgs, done, 0

    def connection_made(self, transport):
        print("client: connection_made")
        self.transport = transport
        for m in self.msgs:
            print("client send", m)
            transport.sendto(m.encode())

    def datagram_received(self, data, addr):
        print("client received", data.decode())
        self.n += 1
        if self.n == len(self.msgs):
            self.transport.close()

    def connection_lost(self, exc):
        print("client: connection_lost", exc)
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(EchoServer, local_addr=("127.0.0.1", 0))
    addr = transport.get_extra_info("sockname")
    for msgs in (["a", "b", "c"], ["one", "two", "three", "four"]):
        done = loop.create_future()
        await loop.create_datagram_endpoint(lambda: EchoClient(msgs, done), remote_addr=addr)
        print("endpoint created")
        await done
    transport.close()
    await asyncio.sleep(0)
    print("closed")


asyncio.run(main())
