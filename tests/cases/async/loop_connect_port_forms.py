# The loop's connect and bind take a port as CPython's loop does: None or "" is 0, what int()
# accepts is that number ("1", 1.5, b"1"), another str a service name ("http" is 80), an
# unknown name socket.gaierror, out of range the socket call's OverflowError.
import asyncio


async def main():
    for port in (None, 70000, -1, "1", "http", "notaservice", 1.5, b"1", object()):
        try:
            await asyncio.open_connection("127.0.0.1", port)
        except Exception as e:
            print(repr(port)[:8], type(e).__name__, e)
    for port in (70000, -1, "0", 1.5, ""):
        try:
            s = await asyncio.start_server(lambda r, w: None, "127.0.0.1", port)
            print(repr(port), "ok", type(s.sockets[0].getsockname()[1]).__name__)
            s.close()
            await s.wait_closed()
        except Exception as e:
            print(repr(port), type(e).__name__, e)


asyncio.run(main())
