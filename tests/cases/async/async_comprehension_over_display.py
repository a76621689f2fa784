# An async comprehension over a list display: CPython's AST optimizer iterates it as a tuple,
# so the error names a tuple; an `async for` statement keeps the list, and a starred display
# stays a list too.
import asyncio


async def main(a=[1], b=2):
    attempts = [
        lambda: [x async for x in [1, 2]],
        lambda: [x async for x in [a, b]],
        lambda: [x async for x in []],
        lambda: [x async for x in [*a]],
        lambda: {x async for x in (1, 2)},
        lambda: [y async for x in Pairs() async for y in [x, x]],
    ]
    for make in attempts:
        try:
            print(await make())
        except TypeError as e:
            print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    print([x async for x in Pairs()])


class Pairs:
    def __init__(self):
        self.items = [1, 2]

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


asyncio.run(main())
