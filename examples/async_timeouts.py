"""Timeouts: wait_for, asyncio.timeout, and asyncio.wait.

`wait_for(aw, t)` cancels `aw` when `t` seconds pass and raises TimeoutError.
`async with asyncio.timeout(t)` does the same for a whole block. `wait()`
never raises on timeout: it returns the (done, pending) sets and leaves the
pending tasks running, so the caller decides what to do with them.
"""
import asyncio


async def slow(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


def names(tasks):
    # Sets have no useful order, so sort by the task name for stable output.
    return sorted(t.get_name() for t in tasks)


async def main():
    # In time: wait_for simply returns the result.
    print("wait_for:", await asyncio.wait_for(slow("quick", 0.01), timeout=1))

    # Too slow: the inner coroutine is cancelled, then TimeoutError is raised.
    try:
        await asyncio.wait_for(slow("sluggish", 1), timeout=0.01)
    except TimeoutError:
        # asyncio.TimeoutError is the built-in TimeoutError since 3.11.
        print("wait_for timed out; same class:", asyncio.TimeoutError is TimeoutError)

    # asyncio.timeout() bounds a block; expired() tells whether it fired.
    try:
        async with asyncio.timeout(0.01) as cm:
            await slow("block", 1)
    except TimeoutError:
        print("timeout block expired:", cm.expired())

    # A deadline of None means "no timeout"; it can be moved later.
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        print("rescheduled, when() is set:", cm.when() is not None)
        await slow("relaxed", 0.01)
    print("not expired:", cm.expired())

    # wait(FIRST_COMPLETED) returns as soon as any task finishes.
    tasks = [
        asyncio.create_task(slow("t1", 0.01), name="t1"),
        asyncio.create_task(slow("t2", 0.5), name="t2"),
        asyncio.create_task(slow("t3", 0.5), name="t3"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED done:", names(done), "pending:", names(pending))
    # Cancel in list order: iterating the set would give an address-based order.
    for t in tasks:
        if t in pending:
            t.cancel()
    await asyncio.wait(pending)

    # wait(FIRST_EXCEPTION) returns at the first failure.
    tasks = [
        asyncio.create_task(slow("e1", 0.01, fail=True), name="e1"),
        asyncio.create_task(slow("e2", 0.5), name="e2"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done:", names(done), "pending:", names(pending))
    (failed,) = done
    print("  exception:", repr(failed.exception()))
    pending.pop().cancel()
    await asyncio.sleep(0)

    # wait(timeout=...) returns whatever is done when time runs out.
    t = asyncio.create_task(slow("w", 1), name="w")
    done, pending = await asyncio.wait([t], timeout=0.01)
    print("timeout: done", len(done), "pending", len(pending))
    t.cancel()
    await asyncio.sleep(0)
    print("w cancelled:", t.cancelled())


asyncio.run(main())
