"""A stream read whose bytes arrived but whose task was cancelled before it ran again: the
bytes stay in the reader's buffer for the next read (native read/readexactly and the Python
readline path), and a loop that is never idle still sees socket I/O."""
import asyncio
import socket


async def reader_task(r, how):
    if how == "read":
        return await r.read(3)
    if how == "exactly":
        return await r.readexactly(3)
    return await r.readline()


def nest(loop, k, f):
    # f runs k loop iterations from now
    if k == 0:
        f()
    else:
        loop.call_soon(nest, loop, k - 1, f)


async def cancel_after(how, k):
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    r, w = await asyncio.open_connection(sock=a)
    t = asyncio.create_task(reader_task(r, how))
    await asyncio.sleep(0)
    b.send(b"abcdef\nX")
    nest(loop, k, t.cancel)
    try:
        print(how, k, await t, end=" ")
    except asyncio.CancelledError:
        print(how, k, "cancelled", end=" ")
    b.close()
    print(await r.read())
    w.close()
    await w.wait_closed()


async def spin_while_reading():
    a, b = socket.socketpair()
    r, w = await asyncio.open_connection(sock=a)
    got = []

    async def rd():
        got.append(await r.read(10))

    t = asyncio.create_task(rd())
    await asyncio.sleep(0)
    b.send(b"hi")
    n = 0
    while not got and n < 10000:
        n += 1
        await asyncio.sleep(0)
    print("spin", got, n)
    await t
    w.close()
    b.close()


async def main():
    for how in ("read", "exactly", "line"):
        for k in range(4):
            await cancel_after(how, k)
    await spin_while_reading()


asyncio.run(main())
