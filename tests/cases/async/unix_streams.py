"""asyncio.start_unix_server / open_unix_connection: echo with several clients, extra info,
argument errors, a stale socket file replaced, a regular file in the way, sock= pairs."""
import asyncio, os, tempfile, socket

async def echo(r, w):
    print("peer", repr(w.get_extra_info("peername")), "sock", os.path.basename(w.get_extra_info("sockname")))
    while line := await r.readline():
        w.write(line.upper())
        await w.drain()
    w.close()
    await w.wait_closed()

async def main():
    d = tempfile.mkdtemp()
    path = os.path.join(d, "echo.sock")
    try:
        await asyncio.open_unix_connection(path)
    except FileNotFoundError as e:
        print("FNF", e)
    try:
        await asyncio.open_unix_connection()
    except ValueError as e:
        print("VE", e)
    try:
        await asyncio.start_unix_server(echo)
    except ValueError as e:
        print("VE", e)
    srv = await asyncio.start_unix_server(echo, path)
    async with srv:
        clients = []
        for i in range(3):
            r, w = await asyncio.open_unix_connection(path)
            print("client names", repr(w.get_extra_info("sockname")), os.path.basename(w.get_extra_info("peername")))
            clients.append((r, w))
        for i, (r, w) in enumerate(clients):
            w.write(f"msg {i}\n".encode())
        for r, w in clients:
            print(await r.readline())
        for r, w in clients:
            w.close()
            await w.wait_closed()
    print("serving", srv.is_serving(), os.path.exists(path))
    try:
        await asyncio.open_unix_connection(path)
    except ConnectionRefusedError as e:
        print("refused", e)
    # stale socket file replaced
    srv2 = await asyncio.start_unix_server(echo, path)
    r, w = await asyncio.open_unix_connection(path)
    w.write(b"again\n")
    w.write_eof()
    print(await r.read())
    w.close()
    srv2.close()
    await srv2.wait_closed()
    # existing regular file -> address in use
    os.remove(path)
    open(path, "w").close()
    try:
        await asyncio.start_unix_server(echo, path)
    except OSError as e:
        print("OSError", e.errno, str(e).replace(d, "D"))
    os.remove(path)
    # sock= variants
    a, b = socket.socketpair()
    r, w = await asyncio.open_unix_connection(sock=a)
    b.sendall(b"via pair\n")
    print(await r.readline())
    w.close()
    b.close()
    try:
        await asyncio.open_unix_connection(path, sock=b)
    except ValueError as e:
        print("VE", e)
    os.rmdir(d)

asyncio.run(main())
