"""StreamReader's repr lists buffered bytes, eof, a non-default limit, the waiter and a set
exception; a stored exception is raised before buffered data by read/readuntil/readexactly."""
import asyncio


async def main():
    r = asyncio.StreamReader(limit=10)
    print(r)
    r.feed_data(b"abc")
    print(r)
    t = asyncio.create_task(r.readuntil(b"!"))
    await asyncio.sleep(0)
    print(r)
    try:
        await r.readexactly(5)
    except RuntimeError as e:
        print(e)
    r.feed_data(b"!")
    print(await t)
    r.feed_eof()
    print(r)
    r2 = asyncio.StreamReader()
    r2.feed_data(b"buffered\n")
    r2.set_exception(ConnectionResetError("gone"))
    print(r2)
    for coro in (r2.read(3), r2.readline(), r2.readexactly(2), r2.readuntil(b"\n")):
        try:
            await coro
        except ConnectionResetError as e:
            print("raised", repr(e))


asyncio.run(main())
