"""TaskGroup and timeout details: reprs, re-entry, tasks created after an error, nested groups."""
import asyncio


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        tg.create_task(asyncio.sleep(0))
        print(repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(tg))
    coro = asyncio.sleep(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

    # The body raising an error cancels the children and wraps the error too.
    async def child():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("child: cancelled because the body failed")
            raise

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(child())
            await asyncio.sleep(0)
            raise OSError("body failed")
    except* OSError as eg:
        print("caught:", eg.exceptions)

    # Nested groups produce nested ExceptionGroups.
    async def bad(n):
        raise ValueError(n)

    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(bad(1))
            outer.create_task(inner_group())
            outer.create_task(bad(2))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions))
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)

    # timeout(): expired state and repr before entering.
    cm = asyncio.timeout(None)
    print(repr(cm))
    async with cm:
        pass
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0) as late:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout(0):", repr(e), repr(late))


asyncio.run(main())
