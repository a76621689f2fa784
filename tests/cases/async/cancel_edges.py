"""Cancellation edge cases: messages, shield, timing, uncancel, cancelling a waiter."""
import asyncio


async def sleeper(name, delay=10):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        print(f"{name}: CancelledError args={e.args}")
        raise


async def main():
    # The message passed to cancel() reaches the coroutine and the awaiter.
    t = asyncio.create_task(sleeper("msg"))
    await asyncio.sleep(0)
    t.cancel("first reason")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees args", e.args)

    # result() and exception() of a cancelled task raise CancelledError.
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(method.__name__, "raises CancelledError", e.args)

    # Cancelling a task that is awaiting another task cancels the inner one too.
    inner = asyncio.create_task(sleeper("inner"))
    outer = asyncio.create_task(asyncio.wait_for(inner, None))
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print("inner cancelled:", inner.cancelled(), "outer cancelled:", outer.cancelled())

    # shield() protects the inner task; only the outer await is cancelled.
    inner = asyncio.create_task(sleeper("shielded", 0.01))
    outer = asyncio.ensure_future(asyncio.shield(inner))  # shield returns a Future
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print("outer cancelled:", outer.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)

    # A task catching CancelledError and returning normally is not cancelled.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print("stubborn:", await t, t.cancelled(), t.cancelling())

    # Cancelling twice before the task runs: still one CancelledError thrown.
    t = asyncio.create_task(sleeper("twice"))
    await asyncio.sleep(0)
    print("cancel x2:", t.cancel(), t.cancel(), "cancelling =", t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

    # Cancelling the current task from inside: takes effect at the next await.
    async def self_cancel():
        asyncio.current_task().cancel()
        print("self_cancel: still running after cancel()")
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("self_cancel: cancelled at the next await")
            raise

    t = asyncio.create_task(self_cancel())
    await asyncio.gather(t, return_exceptions=True)
    print("self-cancelled:", t.cancelled())

    # CancelledError raised inside a task by hand also ends it cancelled.
    async def raises_cancel():
        raise asyncio.CancelledError("by hand")

    t = asyncio.create_task(raises_cancel())
    await asyncio.gather(t, return_exceptions=True)
    print("raised by hand -> cancelled:", t.cancelled())

    # A finally block may await: cleanup runs to completion first.
    async def slow_cleanup():
        try:
            await asyncio.sleep(10)
        finally:
            await asyncio.sleep(0)
            print("slow_cleanup: cleanup awaited")

    t = asyncio.create_task(slow_cleanup())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("slow_cleanup cancelled:", t.cancelled())

    # Done callbacks run for cancelled tasks too.
    t = asyncio.create_task(sleeper("cb"))
    t.add_done_callback(lambda task: print("callback: cancelled =", task.cancelled()))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
