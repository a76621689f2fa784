# A task's repr names an awaitable that is not a native coroutine as CPython's _format_coroutine:
# its __qualname__ or __name__, else '<TYPE without __name__>' (Coroutine-ABC instances,
# aclose()/athrow() awaitables).
import asyncio, collections.abc

class MyCoro(collections.abc.Coroutine):
    def __init__(self):
        self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration("mine")
        return None
    def throw(self, *a):
        raise a[0] if a else RuntimeError
    def close(self):
        pass
    def __await__(self):
        return self

class Named(MyCoro):
    def __init__(self):
        super().__init__()
        self.__qualname__ = "custom.qual"

async def agen():
    try:
        yield 1
    finally:
        pass

async def main():
    t = asyncio.create_task(MyCoro())
    print(t)
    print(await t, t)
    t = asyncio.create_task(Named())
    print(t)
    await t
    g = agen()
    await anext(g)
    t = asyncio.ensure_future(g.aclose())
    print(t)
    await t
    print(t)
    g = agen()
    await anext(g)
    t = asyncio.ensure_future(g.athrow(ValueError))
    print(t)
    try:
        await t
    except ValueError:
        print(t)

asyncio.run(main())
