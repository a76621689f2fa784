"""Loop iterations of stream servers and clients, counted against call_soon ticks as CPython
takes them: start_server (host resolved in a gather), open_connection (transport made, then
its waiter), accepted connections (a task makes the transport, connection_made starts the
handler), several waiting connections accepted at once, and the same for Unix sockets."""
import asyncio
import os
import tempfile

tick = 0


def ticker(loop, n):
    global tick
    tick += 1
    if n:
        loop.call_soon(ticker, loop, n - 1)


async def handler(r, w):
    print(tick, "handler start")
    data = await r.read(100)
    print(tick, "handler got", data)
    w.write(data.upper())
    await w.drain()
    w.close()
    await w.wait_closed()
    print(tick, "handler closed")


async def client(msg, opener):
    r, w = await opener()
    print(tick, "client connected", msg)
    w.write(msg)
    await w.drain()
    got = await r.read(100)
    print(tick, "client got", got)
    w.close()
    await w.wait_closed()
    print(tick, "client closed", msg)


async def tcp():
    global tick
    loop = asyncio.get_running_loop()
    tick = 0
    ticker(loop, 200)
    srv = await asyncio.start_server(handler, "127.0.0.1", 0)
    print(tick, "server up")
    port = srv.sockets[0].getsockname()[1]
    opener = lambda: asyncio.open_connection("127.0.0.1", port)
    async with srv:
        await client(b"one", opener)
        await asyncio.gather(client(b"a", opener), client(b"b", opener), client(b"c", opener))


async def greeting_handler(r, w):
    print(tick, "unix handler start")
    w.write(b"hello\n")
    data = await r.read(100)
    print(tick, "unix handler got", data)
    w.close()


async def greeted_client(msg, path):
    r, w = await asyncio.open_unix_connection(path)
    print(tick, "unix client connected", msg)
    greeting = await r.readline()
    print(tick, "unix client greeted", greeting)
    w.write(msg)
    await w.drain()
    got = await r.read()
    print(tick, "unix client got", got)
    w.close()


def restart_ticks(loop):
    global tick
    tick = 0
    ticker(loop, 100)


async def unix():
    loop = asyncio.get_running_loop()
    d = tempfile.mkdtemp()
    path = os.path.join(d, "s.sock")
    restart_ticks(loop)
    srv = await asyncio.start_unix_server(greeting_handler, path)
    print(tick, "unix server up")
    async with srv:
        await greeted_client(b"one", path)
        await asyncio.gather(greeted_client(b"a", path), greeted_client(b"b", path))
        conns = []
        for i in range(3):
            conns.append(await asyncio.open_unix_connection(path))
            print(tick, "sequential client", i)
        await asyncio.sleep(0.01)
        for r, w in conns:
            w.close()
        await asyncio.sleep(0.01)
    os.remove(path)
    os.rmdir(d)


asyncio.run(tcp())
asyncio.run(unix())
