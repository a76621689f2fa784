# asyncio.ensure_future() with no event loop: CPython looks at the argument first, so a
# future comes back unchanged and a non-awaitable is a TypeError; only a coroutine or an
# awaitable gets as far as "There is no current event loop".
import asyncio


async def c():
    return 1


class Awaitable:
    def __await__(self):
        yield


async def main():
    return asyncio.get_running_loop().create_future()


fut = asyncio.run(main())
for obj in [5, "text", None, fut]:
    try:
        r = asyncio.ensure_future(obj)
        print("returned the same object:", r is obj)
    except Exception as e:
        print(type(e).__name__, e)
for make in [c, Awaitable]:
    obj = make()
    try:
        asyncio.ensure_future(obj)
    except Exception as e:
        print(type(e).__name__, e)
    if make is c:
        obj.close()
loop = asyncio.new_event_loop()
try:
    asyncio.ensure_future(5, loop=loop)
except TypeError as e:
    print("with a loop:", e)
try:
    asyncio.ensure_future(fut, loop=loop)
except ValueError as e:
    print("other loop:", e)
loop.close()
