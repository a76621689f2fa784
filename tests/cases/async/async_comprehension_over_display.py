# An async comprehension over a list display: CPython's AST optimizer iterates it as a tuple,
# so the error names a tuple; an `async for` statement keeps the list, and a starred display
# stays a list too.
import asyncio


class Pairs:
    def __init__(self):
        self.items = [1, 2]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def constants():
    return [x async for x in [1, 2]]


async def names(a=[1], b=2):
    return [x async for x in [a, b]]


async def empty():
    return [x async for x in []]


async def starred(a=[1]):
    return [x async for x in [*a]]


async def tuple_display():
    return {x async for x in (1, 2)}


async def inner_loop():
    return [y async for x in Pairs() async for y in [x, x]]


async def statement():
    async for x in [1, 2]:
        pass


async def main():
    for f in [constants, names, empty, starred, tuple_display, inner_loop, statement]:
        try:
            print(f.__name__, await f())
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
    print([x async for x in Pairs()])


asyncio.run(main())
