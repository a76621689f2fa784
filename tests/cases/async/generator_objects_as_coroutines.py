"""CPython 3.11's asyncio.iscoroutine still accepts generator objects: wait() and
as_completed() refuse a generator expression as "expect a list of futures", and a task over a
plain generator fails with "Task got bad yield"."""
import asyncio


def g():
    yield 1


async def main():
    print(asyncio.iscoroutine(g()), asyncio.iscoroutine(x for x in []))
    try:
        await asyncio.wait(asyncio.sleep(0) for _ in range(2))
    except TypeError as e:
        print(e)
    try:
        for f in asyncio.as_completed(x for x in []):
            pass
    except TypeError as e:
        print(e)
    t = asyncio.ensure_future(g())
    try:
        await t
    except RuntimeError as e:
        print("task:", e)


asyncio.run(main())
