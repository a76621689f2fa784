# `await fut` on a native Future or Task: the first send yields the pending future, the
# resumption returns its result; driven by hand, a resumption before the future is done
# raises; several awaiters of one future each get the result; a cancelled awaiter can await
# the same future again.
import asyncio


async def waiter(fut, name, out):
    out.append((name, await fut))


async def main():
    loop = asyncio.get_running_loop()

    # Driven by hand.
    fut = loop.create_future()
    coro = waiter(fut, "manual", [])
    print("first send yields the future:", coro.send(None) is fut, fut._asyncio_future_blocking)
    try:
        coro.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

    # A second hand-driven coroutine on a future still marked blocking: CPython's await
    # iterator only looks at that mark (a task clears it when it takes the future).
    fut = loop.create_future()
    out = []
    c1, c2 = waiter(fut, "c1", out), waiter(fut, "c2", out)
    print(c1.send(None) is fut)
    try:
        c2.send(None)
    except RuntimeError as e:
        print("second awaiter:", e)
    fut.set_result(7)
    for c in (c1,):
        try:
            c.send(None)
        except StopIteration:
            pass
    print("hand-driven:", out)

    # The iterator `__await__()` returns: exhausted once it handed out the result.
    fut = loop.create_future()
    it = fut.__await__()
    print(next(it) is fut)
    fut.set_result("r")
    for _ in range(2):
        try:
            next(it)
        except StopIteration as e:
            print("StopIteration", e.value)

    # Several tasks awaiting one future, and one task awaiting it twice.
    fut = loop.create_future()
    out = []
    tasks = [asyncio.create_task(waiter(fut, f"t{i}", out)) for i in range(3)]
    await asyncio.sleep(0)
    fut.set_result("shared")
    await asyncio.gather(*tasks)
    print(out, await fut, await fut)

    # A cancelled awaiter catches CancelledError and awaits the same future again.
    fut = loop.create_future()

    async def stubborn():
        try:
            return await asyncio.wait_for(asyncio.shield(fut), 0.001)
        except asyncio.TimeoutError:
            print("timed out; waiting again")
            return await fut

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    fut.set_result("late")
    print("stubborn:", await t)

    fut = loop.create_future()

    async def retry():
        try:
            await fut
        except asyncio.CancelledError:
            print("cancelled while awaiting")
        return await fut

    t = asyncio.create_task(retry())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("future cancelled too:", fut.cancelled(), "task done:", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("retry raised CancelledError")

    # Exceptions, already-done futures, awaiting a task from two tasks.
    fut = loop.create_future()
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("KeyError", e)

    async def work():
        await asyncio.sleep(0)
        return "work"

    t = asyncio.create_task(work())

    async def await_task(name):
        return name, await t

    print(await asyncio.gather(await_task("a"), await_task("b")))


asyncio.run(main())
