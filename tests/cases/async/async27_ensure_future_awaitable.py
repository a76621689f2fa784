# ensure_future() of an awaitable that is not a coroutine (an object with __await__) wraps
# it in CPython's `_wrap_awaitable`, a generator-based coroutine: the task runs it, and
# get_coro() is a generator.
import asyncio
import inspect


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        while self.n:
            print("tick", self.n)
            self.n -= 1
            yield from asyncio.sleep(0).__await__()
        return "liftoff"


class Broken:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        raise ValueError("broken awaitable")


def short(task):
    # the task repr up to the coroutine's location (which names asyncio's own file)
    text = repr(task)
    return text[:text.index(" at ")] if " at " in text else text


async def main():
    task = asyncio.ensure_future(Countdown(2))
    coro = task.get_coro()
    print(type(coro).__name__, coro.__name__, coro.__qualname__)
    print(asyncio.iscoroutine(coro), inspect.isawaitable(coro), inspect.isgenerator(coro))
    print(short(task))
    print(await task)
    print(short(task))

    task = asyncio.ensure_future(Broken())
    try:
        await task
    except ValueError as e:
        print("ValueError:", e)
    print(short(task))

    # a cancelled wrapper cancels the awaitable it drives
    task = asyncio.ensure_future(Countdown(5))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())

    # gather() wraps awaitables the same way
    print(await asyncio.gather(Countdown(1), Countdown(2)))


asyncio.run(main())
