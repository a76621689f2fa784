"""Async generators: pipelines, comprehensions, and the async iterator protocol.

An `async def` containing `yield` is an async generator. It is consumed with
`async for`, or driven step by step with `anext()`, `asend()`, `athrow()`
and `aclose()`, each of which returns an awaitable.
"""
import asyncio


async def numbers(n):
    """Source stage: produces 0..n-1, pausing between items."""
    try:
        for i in range(n):
            await asyncio.sleep(0)  # an async generator may await between yields
            yield i
    finally:
        # Runs when the generator is exhausted or closed early.
        print(f"  numbers({n}): closed")


async def squares(source):
    """Middle stage: transforms each item."""
    async for x in source:
        yield x * x


async def evens(source):
    """Last stage: filters items."""
    async for x in source:
        if x % 2 == 0:
            yield x


async def accumulator():
    """A generator that receives values through asend()."""
    total = 0
    while True:
        received = yield total
        if received is None:
            break
        total += received


class Countdown:
    """A hand-written async iterator: __aiter__ and __anext__."""

    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


async def main():
    print("pipeline:")
    async for value in evens(squares(numbers(6))):
        print("  got", value)

    # Async comprehensions, with a condition and with await inside.
    print("comprehension:", [x async for x in numbers(4) if x != 2])
    print("await in comprehension:", [await asyncio.sleep(0, x * 10) for x in range(3)])
    print("set/dict:", {x % 2 async for x in numbers(3)}, {x: x * x async for x in numbers(2)})

    # Breaking out early leaves the generator suspended; aclose() runs its finally.
    gen = numbers(100)
    async for x in gen:
        if x == 1:
            break
    print("broke out at", x)
    await gen.aclose()
    print("after aclose, anext raises:", end=" ")
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration")

    # asend(): the first send must be None, to start the generator.
    acc = accumulator()
    print("asend:", await acc.asend(None), await acc.asend(5), await acc.asend(7))
    try:
        await acc.asend(None)
    except StopAsyncIteration:
        print("accumulator finished")

    # aiter() and anext(), including anext's default value.
    it = aiter(Countdown(2))
    print("anext:", await anext(it), await anext(it), await anext(it, "empty"))

    # athrow() raises an exception inside the generator at its yield.
    gen = numbers(5)
    print("first:", await anext(gen))
    try:
        await gen.athrow(RuntimeError("stop now"))
    except RuntimeError as e:
        print("athrow propagated:", e)

    # async for ... else: the else runs when the loop was not broken.
    async for x in Countdown(2):
        print("countdown", x)
    else:
        print("countdown finished without break")


asyncio.run(main())
