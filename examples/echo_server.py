"""A TCP echo server and several concurrent clients, all on the loopback interface.

asyncio.start_server() calls `handle` in a new task for every client that connects, with a
StreamReader/StreamWriter pair. Each client below opens its own connection, sends a few
lines and reads each one back; the clients run concurrently under asyncio.gather(), and
the server serves all of them at once from a single thread.
"""
import asyncio

served = []


async def handle(reader, writer):
    """Echo every line back, upper-cased, until the client closes its side."""
    peer = writer.get_extra_info('peername')
    count = 0
    async for line in reader:              # a StreamReader iterates line by line
        writer.write(line.upper())
        await writer.drain()               # back-pressure: wait if the send buffer is full
        count += 1
    served.append(count)
    writer.close()
    await writer.wait_closed()
    assert peer[0] == '127.0.0.1'


async def client(port, name, words):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    replies = []
    for word in words:
        writer.write(f'{name}: {word}\n'.encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().rstrip('\n'))
        await asyncio.sleep(0.01)          # let the other clients interleave
    writer.write_eof()                     # "no more data": the server's loop ends
    assert await reader.read() == b''
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)   # port 0: any free port
    port = server.sockets[0].getsockname()[1]
    async with server:
        jobs = {
            'ann': ['hello', 'echo'],
            'bob': ['one', 'two', 'three'],
            'cy': ['ping'],
        }
        results = await asyncio.gather(*(client(port, name, words) for name, words in jobs.items()))
        for replies in results:
            print(replies)
        while len(served) < len(jobs):     # the handlers finish just after their clients
            await asyncio.sleep(0.01)
        print('lines echoed per connection:', sorted(served))

        # A port nobody listens on: the connection is refused.
        server.close()
        await server.wait_closed()
        try:
            await asyncio.open_connection('127.0.0.1', port)
        except ConnectionRefusedError as e:
            print('after close:', type(e).__name__, e.errno)


asyncio.run(main())
