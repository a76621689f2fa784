import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0)); srv.listen(); srv.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_accept(srv), 0.05)
    except asyncio.TimeoutError:
        print('accept timed out')
    c = socket.socket(); c.setblocking(False)
    t = asyncio.create_task(loop.sock_accept(srv))
    await loop.sock_connect(c, srv.getsockname())
    conn, _ = await t
    print('accepted')
    t2 = asyncio.create_task(loop.sock_recv(conn, 10))
    await asyncio.sleep(0.01)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print('recv cancelled')
    await loop.sock_sendall(c, b'after')
    print(await loop.sock_recv(conn, 10))
    conn.close(); c.close(); srv.close()
    # socket passed to sock_* with a positive timeout still works
    a, b = socket.socketpair()
    a.settimeout(5)
    b.setblocking(False)
    await loop.sock_sendall(b, b'hi')
    print(await loop.sock_recv(a, 10))
    a.close(); b.close()

asyncio.run(main())
