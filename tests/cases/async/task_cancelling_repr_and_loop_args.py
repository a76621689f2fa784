"""Task repr while cancelling / running, loop.call_* argument checks, never-awaited sleep,
Queue[int], aiter()/anext() errors, stream peername after close."""
import asyncio
import re


def strip(r):
    # drop addresses and stdlib paths, which differ between interpreters
    r = re.sub(r" at 0x[0-9a-f]+", "", r)
    return re.sub(r"coro=<sleep\(\)(?: (?:running at|done, defined at) .*?:\d+)?>", "coro=<sleep()>", r)


async def main():
    t = asyncio.create_task(asyncio.sleep(10), name="sleeper")
    await asyncio.sleep(0)
    print(t.cancel("msg"), t.cancelling())
    print(strip(repr(t)))
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", repr(e))
    print(strip(repr(t)))

    me = asyncio.current_task()
    r = repr(me)
    print(r[r.index("coro="):r.index(">") + 1].replace(__file__, "FILE"))

    loop = asyncio.get_running_loop()
    # without debug mode the callback is not checked until it runs
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append((ctx["message"], repr(ctx["exception"]))))
    loop.call_soon(1)
    await asyncio.sleep(0)
    print(seen)
    loop.set_exception_handler(None)
    for call in (lambda: loop.call_later(None, print), lambda: loop.call_at(None, print)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)

    print(asyncio.Queue[int], asyncio.PriorityQueue[str])

    for bad in (lambda: anext(1), lambda: aiter(1)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)

    async def handle(reader, writer):
        await reader.read()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    print("peername after close:", writer.get_extra_info("peername")[1] == port)
    server.close()
    await server.wait_closed()

    c = asyncio.sleep(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    del c  # never awaited: warns here
    print("done")


asyncio.run(main())
