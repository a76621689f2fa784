# types.coroutine over a function returning a generator-like object, the family of a Unix
# stream connection's transport socket, and the Windows-only asyncio modules on Linux.
import asyncio
import os
import socket
import tempfile
import types


class Ticket:
    """Implements the Generator ABC (send/throw/close plus iteration), but is no generator."""

    def __init__(self, value):
        self.value = value

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        raise StopIteration(self.value)

    def throw(self, *exc):
        raise exc[0] if exc else RuntimeError

    def close(self):
        pass


@types.coroutine
def ticket(value):
    return Ticket(value)


async def use_ticket():
    return await ticket("ticket value")


async def handle(reader, writer):
    sock = writer.get_extra_info("socket")
    print("server side family:", sock.family == socket.AF_UNIX, sock.proto)
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()


async def main():
    print(type(ticket(1)).__name__)
    print(await use_ticket())
    path = os.path.join(tempfile.mkdtemp(), "echo.sock")
    server = await asyncio.start_unix_server(handle, path)
    reader, writer = await asyncio.open_unix_connection(path)
    print("client side family:", writer.get_extra_info("socket").family == socket.AF_UNIX)
    writer.write(b"ping\n")
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    os.remove(path)
    os.rmdir(os.path.dirname(path))


asyncio.run(main())
for name in ("asyncio.windows_events", "asyncio.windows_utils"):
    try:
        __import__(name)
    except ImportError as e:
        print(name, "ImportError:", e)
from asyncio import base_futures
print(base_futures._PENDING, base_futures._CANCELLED, base_futures._FINISHED)
