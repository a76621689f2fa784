# A start_server handler that fails is reported through the loop's exception handler with the
# connection's transport (not its StreamWriter) under 'transport', and the connection closes.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    raise ValueError(f"bad request {line!r}")


def handler(loop, ctx):
    print("handler:", ctx["message"])
    print("  keys:", sorted(ctx))
    print("  exception:", repr(ctx["exception"]))
    print("  transport:", type(ctx["transport"]).__name__)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"hello\n")
    print("client read:", await r.read())
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
