import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    s = socket.socket()
    try:
        await loop.sock_recv(s, 10)
    except ValueError as e:
        print('ValueError:', e)
    s.close()
    loop.set_debug(False)
    # UDP with sock_sendto / sock_recvfrom
    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u1.bind(('127.0.0.1', 0))
    u1.setblocking(False)
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u2.setblocking(False)
    t = asyncio.create_task(loop.sock_recvfrom(u1, 100))
    await asyncio.sleep(0)
    await loop.sock_sendto(u2, b'udp!', u1.getsockname())
    data, addr = await t
    print(data, addr[0])
    u1.close(); u2.close()
    # connect by name
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0)); srv.listen(); srv.setblocking(False)
    c = socket.socket(); c.setblocking(False)
    acc = asyncio.create_task(loop.sock_accept(srv))
    await loop.sock_connect(c, ('localhost', srv.getsockname()[1]))
    conn, _ = await acc
    print(conn.getblocking(), conn.family, conn.type)
    # closing the peer gives b''
    c.close()
    print(await loop.sock_recv(conn, 10))
    conn.close(); srv.close()
    # many concurrent clients
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0)); srv.listen(); srv.setblocking(False)
    port = srv.getsockname()[1]
    async def server():
        tasks = []
        for i in range(5):
            conn, _ = await loop.sock_accept(srv)
            async def h(conn=conn):
                d = await loop.sock_recv(conn, 100)
                await loop.sock_sendall(conn, b'echo:' + d)
                conn.close()
            tasks.append(asyncio.create_task(h()))
        await asyncio.gather(*tasks)
    async def client(i):
        c = socket.socket(); c.setblocking(False)
        await loop.sock_connect(c, ('127.0.0.1', port))
        await loop.sock_sendall(c, str(i).encode())
        r = await loop.sock_recv(c, 100)
        c.close()
        return r
    st = asyncio.create_task(server())
    print(await asyncio.gather(*(client(i) for i in range(5))))
    await st
    srv.close()
    # socket from fileno
    a, b = socket.socketpair()
    a2 = socket.socket(fileno=a.detach())
    print(a2.family, a2.type, a)
    a2.close(); b.close()
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s6:
        s6.bind(('::1', 0))
        print(s6.getsockname()[0], len(s6.getsockname()))

asyncio.run(main())
