"""Scheduling order: sleep(0) round-robin, timers by deadline, as_completed, ensure_future."""
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def after(delay, value):
    await asyncio.sleep(delay)
    return value


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom"


async def main():
    # Round-robin: each sleep(0) sends the task to the back of the ready queue.
    await asyncio.gather(ticker("a", 3), ticker("b", 2), ticker("c", 1))

    # Timers fire in deadline order, whatever the creation order.
    order = []

    async def mark(delay, name):
        await asyncio.sleep(delay)
        order.append(name)

    await asyncio.gather(mark(0.03, "slow"), mark(0.01, "fast"), mark(0, "zero"), mark(0.02, "mid"))
    print("timer order:", order)

    # as_completed yields in completion order.
    for fut in asyncio.as_completed([after(0.03, "c"), after(0.01, "a"), after(0.02, "b")]):
        print("as_completed:", await fut)

    # sleep's result argument.
    print("sleep result:", await asyncio.sleep(0, result="r"))

    # ensure_future wraps coroutines and awaitables into tasks; futures pass through.
    t = asyncio.ensure_future(after(0, "wrapped"))
    print(type(t).__name__, await t)
    t2 = asyncio.ensure_future(Awaitable())
    print(type(t2).__name__, await t2)
    print("same future back:", asyncio.ensure_future(t) is t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

    # await a coroutine twice.
    c = after(0, 1)
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

    # A task's done callbacks run before the awaiting task resumes.
    t = asyncio.create_task(after(0, "x"))
    t.add_done_callback(lambda _: print("done callback"))
    print("await ->", await t)

    # get_event_loop inside a coroutine is the running loop.
    print("same loop:", asyncio.get_event_loop() is asyncio.get_running_loop())


asyncio.run(main())
