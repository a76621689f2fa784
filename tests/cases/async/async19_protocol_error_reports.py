# What the loop's exception handler receives when protocol callbacks fail: the failing
# data_received/eof_received is reported from CPython's _read_ready__data_received /
# _read_ready__on_eof frames, a datagram protocol without connection_lost fails in the handle
# CPython names "_SelectorTransport._call_connection_lost"; and AttributeErrors on the C
# types name their tp_name ("_asyncio.Task").
import asyncio
import traceback


def handler(loop, context):
    exc = context.get("exception")
    # CPython's Handle._run frame has no counterpart in corio's native loop.
    frames = [f.name for f in traceback.extract_tb(exc.__traceback__) if f.name != "_run"] if exc else []
    print("handler:", context["message"], "|", repr(exc), "|", frames)
    if "handle" in context:
        print("  handle:", context["handle"])


class BadServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        raise ValueError(f"bad data {data!r}")

    def connection_lost(self, exc):
        print("server lost", type(exc).__name__, exc)


class BadEof(asyncio.Protocol):
    def eof_received(self):
        raise KeyError("eof")


class Client(asyncio.Protocol):
    def __init__(self, fut, payload):
        self.fut = fut
        self.payload = payload

    def connection_made(self, t):
        t.write(self.payload)
        if t.can_write_eof():
            t.write_eof()

    def connection_lost(self, exc):
        print("client lost", exc)
        self.fut.set_result(None)


class NoLost:
    def connection_made(self, transport):
        pass


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for proto, payload in ((BadServer, b"hello"), (BadEof, b"")):
        server = await loop.create_server(proto, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        fut = loop.create_future()
        await loop.create_connection(lambda: Client(fut, payload), "127.0.0.1", port)
        await fut
        await asyncio.sleep(0.01)
        server.close()
        await server.wait_closed()
    transport, _ = await loop.create_datagram_endpoint(NoLost, local_addr=("127.0.0.1", 0))
    transport.close()
    await asyncio.sleep(0.01)
    for cls in (asyncio.Task, asyncio.Future):
        try:
            cls.all_tasks
        except AttributeError as e:
            print(e)
    for cls in (asyncio.Task, asyncio.Future):
        try:
            cls.extra = 1
        except TypeError as e:
            print(e)
        try:
            del cls.nothing
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
