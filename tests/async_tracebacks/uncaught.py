"""An exception escaping asyncio.run: the traceback goes through every coroutine level.

Kept outside tests/cases on purpose: CPython's traceback shows its own
asyncio/runners.py and base_events.py frames, corio's shows `<frozen
asyncio.runners>`, so the whole stderr cannot be equal. The frames of this
script and the last line do match python3's (checked by hand with diff).
"""
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def load(items):
    total = 0
    for item in items:
        total += await parse(item)
    return total


async def main():
    task = asyncio.create_task(load(["1", "2", "x"]))
    print("started")
    print(await task)


asyncio.run(main())
