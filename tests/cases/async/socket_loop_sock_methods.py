import asyncio
import socket


async def handle(loop, conn):
    with conn:
        while True:
            data = await loop.sock_recv(conn, 1024)
            if not data:
                break
            await loop.sock_sendall(conn, data.upper())
    print('server: client done')


async def echo_server_demo():
    loop = asyncio.get_running_loop()
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(('127.0.0.1', 0))
    srv.listen()
    srv.setblocking(False)
    addr = srv.getsockname()

    async def accept_one():
        conn, peer = await loop.sock_accept(srv)
        print('accepted from', peer[0], conn.gettimeout())
        await handle(loop, conn)

    server_task = asyncio.create_task(accept_one())
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, addr)
    print('connected', client.getpeername()[0])
    await loop.sock_sendall(client, b'hello ')
    await loop.sock_sendall(client, b'async sockets')
    got = b''
    while len(got) < 19:
        got += await loop.sock_recv(client, 100)
    print(got)
    buf = bytearray(4)
    await loop.sock_sendall(client, b'abcd')
    n = await loop.sock_recv_into(client, buf)
    print(n, buf)
    client.close()
    await server_task
    srv.close()


async def big_transfer():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    payload = bytes(range(256)) * 4096  # 1 MiB: more than the socket buffer holds

    async def reader():
        total = bytearray()
        while len(total) < len(payload):
            chunk = await loop.sock_recv(b, 65536)
            if not chunk:
                break
            total += chunk
        return bytes(total)

    rtask = asyncio.create_task(reader())
    await loop.sock_sendall(a, payload)
    data = await rtask
    print('big transfer ok:', data == payload, len(data))
    a.close()
    b.close()


async def refused():
    loop = asyncio.get_running_loop()
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ('127.0.0.1', port))
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, str(e).startswith('[Errno 111] Connect call failed'))
    finally:
        s.close()


async def cancelled_recv():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_recv(a, 10), 0.05)
    except asyncio.TimeoutError:
        print('recv timed out')
    b.sendall(b'late')
    print(await loop.sock_recv(a, 10))
    a.close()
    b.close()


async def streams_over_socketpair():
    rsock, wsock = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=rsock)
    wsock.sendall(b'line one\nline two\n')
    print(await reader.readline())
    print(await reader.readline())
    writer.write(b'back at you\n')
    await writer.drain()
    print(wsock.recv(100))
    writer.close()
    await writer.wait_closed()
    print(wsock.recv(100))
    wsock.close()


async def server_from_socket():
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen()
    port = lsock.getsockname()[1]

    async def cb(reader, writer):
        line = await reader.readline()
        writer.write(line[::-1])
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(cb, sock=lsock)
    async with server:
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        writer.write(b'abc\n')
        print(await reader.read())
        writer.close()
        await writer.wait_closed()


async def main():
    await echo_server_demo()
    await big_transfer()
    await refused()
    await cancelled_recv()
    await streams_over_socketpair()
    await server_from_socket()


asyncio.run(main())
