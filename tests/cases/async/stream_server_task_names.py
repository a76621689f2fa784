"""Server connections take Task-N numbers as CPython's do: start_server's host resolution
gather and each accepted connection's _accept_connection2 task come before the handler task."""
import asyncio, os, tempfile

async def handler(r, w):
    print("handler task", asyncio.current_task().get_name())
    w.close()

async def main():
    print(asyncio.current_task().get_name())
    srv = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    for i in range(2):
        r, w = await asyncio.open_connection("127.0.0.1", port)
        await asyncio.sleep(0.01)
        w.close()
    t = asyncio.create_task(asyncio.sleep(0))
    print("next", t.get_name())
    srv.close()
    path = os.path.join(tempfile.mkdtemp(), "s")
    srv = await asyncio.start_unix_server(handler, path)
    for i in range(2):
        r, w = await asyncio.open_unix_connection(path)
        await asyncio.sleep(0.01)
        w.close()
    t = asyncio.create_task(asyncio.sleep(0))
    print("next", t.get_name())
    srv.close()

asyncio.run(main())
