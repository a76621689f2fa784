"""TimerHandle compares by deadline (and equality by deadline, callback, args, cancelled),
hashes as its deadline; plain Handles compare by identity only."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = loop.call_at(100, print)
    b = loop.call_at(100, print)
    c = loop.call_at(200, print)
    print(a == b, a != b, a <= b, a >= b, a < b, a < c, c > a, a >= c)
    print(hash(a) == hash(100.0), a == 1, a != 1)
    try:
        a < 1
    except TypeError as e:
        print(e)
    b.cancel()
    print(a == b, a <= b)
    print(sorted([c, a])[0] is a)
    h = loop.call_soon(print)
    print(h == h, h != a)
    try:
        h < a
    except TypeError as e:
        print(e)
    for x in (a, b, c, h):
        x.cancel()


asyncio.run(main())
