"""anext() on exhausted and closed async generators, and anext's default value."""
import asyncio


async def agen():
    try:
        yield 1
    finally:
        print("agen: finally")


class Two:
    def __init__(self):
        self.n = 2

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    g = agen()
    print(await anext(g))
    await g.aclose()
    for label in ["after aclose", "again"]:
        try:
            await anext(g)
        except StopAsyncIteration:
            print(label, "-> StopAsyncIteration")
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("asend -> StopAsyncIteration")

    g = agen()
    print([x async for x in g])
    print("default:", await anext(g, "dflt"))

    fresh = agen()
    print("fresh:", await anext(fresh, "d"), await anext(fresh, "d"))

    it = Two()
    print("custom:", await anext(it, "d"), await anext(it, "d"), await anext(it, "d"))
    print("as a task:", await asyncio.ensure_future(anext(Two(), 5)))


asyncio.run(main())
