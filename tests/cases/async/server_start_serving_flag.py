# start_server(start_serving=False) makes a server that does not accept until
# start_serving() or serve_forever(), as CPython's loop.create_server.
import asyncio


async def handler(reader, writer):
    writer.write(b"hi " + await reader.readline())
    await writer.drain()
    writer.close()


async def main():
    srv = await asyncio.start_server(handler, "127.0.0.1", 0, start_serving=False)
    port = srv.sockets[0].getsockname()[1]
    print("serving:", srv.is_serving())
    await srv.start_serving()
    print("serving:", srv.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"there\n")
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    task = asyncio.create_task(srv.serve_forever())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", srv.is_serving())
    try:
        await srv.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" is ")[1])

    srv2 = await asyncio.start_server(handler, "127.0.0.1", 0, start_serving=False)
    task = asyncio.create_task(srv2.serve_forever())
    await asyncio.sleep(0)
    print("serve_forever starts serving:", srv2.is_serving())
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


asyncio.run(main())
