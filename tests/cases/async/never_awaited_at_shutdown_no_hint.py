# A coroutine kept alive by the uncaught exception warns "never awaited" at shutdown as
# 'sys:1'. CPython adds the "Enable tracemalloc" hint only if tracemalloc was imported before
# (by an earlier warning about an object): at shutdown it can no longer be imported.
import asyncio
import sys


def hook(exc_type, value, tb):
    print(f"uncaught {exc_type.__name__}: {value}", file=sys.stderr)


sys.excepthook = hook


async def job(n):
    return n


print("no warning before this")
asyncio.create_task(job(2))
