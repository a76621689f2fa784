# server.sockets and get_extra_info("socket") are asyncio.TransportSocket objects: family,
# type and proto as the socket enums, the option calls, dup() as a socket.socket, and the
# refusals of blocking modes and of pickling.
import asyncio, socket, pickle

async def handle(r, w):
    ts = w.get_extra_info("socket")
    print("server side", ts.family, ts.type, ts.proto, ts.gettimeout())
    w.write(await r.readline())
    await w.drain()
    w.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    ts = server.sockets[0]
    print(ts.family, ts.type, ts.proto, ts.family.name, ts.type.name, ts.gettimeout(), ts.get_inheritable())
    print(ts.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), ts.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
    ts.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    print(ts.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
    ts.settimeout(0)
    ts.setblocking(False)
    for f in (lambda: ts.settimeout(1), lambda: ts.settimeout(None), lambda: ts.setblocking(True), lambda: pickle.dumps(ts)):
        try:
            f()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    d = ts.dup()
    print(type(d).__name__, d.family, d.getsockname() == ts.getsockname(), d.gettimeout())
    d.close()
    port = ts.getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    cs = w.get_extra_info("socket")
    print("client", cs.family, cs.type, cs.proto, cs.getpeername() == ("127.0.0.1", port))
    cs.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print(cs.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
    w.write(b"x\n")
    print(await r.readline())
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()
    s6 = await asyncio.start_server(handle, "::1", 0)
    print(s6.sockets[0].family)
    s6.close()

asyncio.run(main())
