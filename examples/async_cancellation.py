"""Cancelling tasks: cleanup, re-raising, swallowing, and counting requests.

`task.cancel()` does not stop a task immediately: it arranges for
`CancelledError` to be thrown into the coroutine at the `await` where it is
suspended. The coroutine can clean up in `finally`, catch the error and
re-raise it (the task ends cancelled), or swallow it (the task keeps going,
which is usually a bug, but it is allowed).
"""
import asyncio


async def with_cleanup():
    try:
        print("cleanup: working")
        await asyncio.sleep(10)
    finally:
        # Runs when CancelledError passes through; the task still ends cancelled.
        print("cleanup: releasing resources")


async def reraises():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("reraises: caught CancelledError, args =", e.args)
        raise  # Re-raising is the correct thing to do.


async def swallows():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallows: ignoring cancellation")
    # Because the error was swallowed the coroutine carries on and returns.
    await asyncio.sleep(0)
    return "finished anyway"


async def counts():
    task = asyncio.current_task()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        # cancelling() counts the cancel() requests not yet undone.
        print("counts: cancelling() =", task.cancelling())
        # uncancel() undoes one request; at zero the task is "not cancelling".
        print("counts: uncancel() ->", task.uncancel())
    return "recovered"


async def main():
    t1 = asyncio.create_task(with_cleanup())
    await asyncio.sleep(0)  # let it reach its sleep
    t1.cancel()
    try:
        await t1
    except asyncio.CancelledError:
        print("main: t1 cancelled =", t1.cancelled())

    t2 = asyncio.create_task(reraises())
    await asyncio.sleep(0)
    t2.cancel("shutting down")  # the message becomes the error's argument
    try:
        await t2
    except asyncio.CancelledError:
        print("main: t2 cancelled =", t2.cancelled())

    t3 = asyncio.create_task(swallows())
    await asyncio.sleep(0)
    t3.cancel()
    print("main: t3 returned", repr(await t3), "cancelled =", t3.cancelled())

    t4 = asyncio.create_task(counts())
    await asyncio.sleep(0)
    print("main: cancel() ->", t4.cancel())
    print("main: second cancel() ->", t4.cancel())  # still pending: True again
    print("main: t4 returned", await t4)

    # Cancelling a finished task does nothing and returns False.
    print("main: cancel a done task ->", t4.cancel())

    # A task cancelled before it ever ran never executes its body.
    t5 = asyncio.create_task(with_cleanup())
    t5.cancel()
    try:
        await t5
    except asyncio.CancelledError:
        print("main: t5 never started, cancelled =", t5.cancelled())


asyncio.run(main())
