"""asyncio.gather and errors.

With `return_exceptions=False` (the default) the first exception propagates
to whoever awaits the gather, but the other awaitables are *not* cancelled:
they keep running in the background. With `return_exceptions=True` every
outcome, value or exception, is returned in argument order.
"""
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: finished")
    return name


async def fail(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: raising")
    raise ValueError(f"{name} failed")


async def main():
    # Outcomes come back in argument order, exceptions as values.
    results = await asyncio.gather(
        ok("a", 0.02), fail("b", 0.01), ok("c", 0), return_exceptions=True
    )
    for r in results:
        print("  result:", type(r).__name__, r)

    # The first error propagates; "slow" is still running afterwards.
    slow = asyncio.create_task(ok("slow", 0.1))
    try:
        await asyncio.gather(slow, fail("x", 0.01), fail("y", 0.2))
    except ValueError as e:
        print("main: gather raised", repr(e))
    print("main: slow.done() =", slow.done())
    # The task was not cancelled: we can still wait for its result.
    print("main: slow returned", await slow)
    # Let "y" raise too; its exception is stored in its hidden task.
    await asyncio.sleep(0.2)

    # Cancelling the gather itself cancels all its children.
    g = asyncio.gather(ok("p", 1), ok("q", 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        # CPython 3.11 quirk: the gather future holds the CancelledError as
        # its exception, so cancelled() reports False.
        print("main: gather cancelled =", g.cancelled())

    # An empty gather completes immediately with an empty list.
    print("main: empty gather ->", await asyncio.gather())


asyncio.run(main())
