# A coroutine handed to asyncio.create_task() or loop.run_until_complete() that then raise
# stays alive as long as their exception (CPython keeps their frames in its traceback): a
# caught one warns "never awaited" when the handler ends, an uncaught one at shutdown
# ("sys:1"), after the traceback.
import asyncio
import sys


def hook(exc_type, value, tb):
    print(f"uncaught {exc_type.__name__}: {value}", file=sys.stderr)


sys.excepthook = hook


async def job(n):
    return n


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(job(1))
    except RuntimeError as e:
        print("caught:", e)
    print("main goes on")


asyncio.run(main())
print("outside any loop now")
asyncio.create_task(job(2))
print("not reached")
