"""TaskGroup: structured concurrency (Python 3.11).

Tasks created in an `async with asyncio.TaskGroup()` block are all awaited
when the block exits. If one child fails, the group cancels its siblings and
raises an ExceptionGroup holding every error; `except*` picks matching
exceptions out of such a group.
"""
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            print(f"{name}: failing")
            raise KeyError(name)
        print(f"{name}: done")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled by the group")
        raise


async def success():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("one", 0.02))
        t2 = tg.create_task(job("two", 0.01))
        print("success: block body finished, waiting for children")
    # After the block every child is done.
    print("success: results", t1.result(), t2.result())


async def failure():
    try:
        async with asyncio.TaskGroup() as tg:
            # "bad" and "worse" fail in the same loop turn, before the group
            # has reacted to either, so both errors are collected.
            tg.create_task(job("slow", 1))
            tg.create_task(job("bad", 0, fail=True))
            tg.create_task(job("worse", 0, fail=True))
            tg.create_task(job("ok", 0))
    except* KeyError as eg:
        print("failure: caught", repr(str(eg)))
        for e in eg.exceptions:
            print("  sub-exception:", repr(e))


async def mixed():
    async def boom(exc):
        await asyncio.sleep(0)
        raise exc

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(ValueError("bad value")))
            tg.create_task(boom(TypeError("bad type")))
    except* ValueError as eg:
        # Each except* clause sees only its matching part of the group.
        print("mixed: ValueError part", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("mixed: TypeError part", [str(e) for e in eg.exceptions])


async def main():
    await success()
    await failure()
    await mixed()

    # Without except*, the ExceptionGroup itself can be caught and inspected.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("lone", 0, fail=True))
    except ExceptionGroup as eg:
        print("main:", type(eg).__name__, eg.message, eg.exceptions)


asyncio.run(main())
