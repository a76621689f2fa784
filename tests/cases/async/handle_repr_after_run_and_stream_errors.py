# A Handle keeps its callback after it ran (its repr still names it, as CPython's), while a
# cancelled one drops it; IncompleteReadError and LimitOverrunError pickle-reduce to their
# constructor arguments; StreamReader limit and separator errors.
import asyncio
import functools


def cb(*args):
    print("cb ran", args)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, "two")
    print(repr(h).split(" at ")[0])
    await asyncio.sleep(0)
    print(repr(h).split(" at ")[0], h.cancelled())
    h.cancel()
    print(h)
    h2 = loop.call_soon(functools.partial(print, "p", end="!\n"), "q")
    await asyncio.sleep(0)
    print(h2)
    h3 = loop.call_soon(len, "abc")
    await asyncio.sleep(0)
    print(h3)

    e = asyncio.IncompleteReadError(b"ab", None)
    print(str(e), e.__reduce__())
    e = asyncio.IncompleteReadError(b"abc", 10)
    print(str(e), e.__reduce__()[1])
    e = asyncio.LimitOverrunError("msg", 3)
    print(str(e), e.__reduce__())

    r = asyncio.StreamReader(limit=10)
    r.feed_data(b"hello\nworld, this is long\nend")
    print(await r.readline())
    try:
        await r.readline()
    except ValueError as exc:
        print("ValueError", exc)
    r.feed_data(b"0123456789abc")
    try:
        await r.readuntil(b"!")
    except asyncio.LimitOverrunError as exc:
        print("LimitOverrunError", exc, exc.consumed)
    r = asyncio.StreamReader()
    r.feed_data(b"partial")
    r.feed_eof()
    try:
        await r.readuntil(b"!")
    except asyncio.IncompleteReadError as exc:
        print("IncompleteReadError", exc.partial, exc.expected)


asyncio.run(main())
