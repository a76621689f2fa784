# Task.print_stack() without file=: as CPython 3.11, the header and exception lines are
# print()ed to stdout while the frames go to stderr.
import asyncio


async def inner():
    await asyncio.sleep(0)
    1 / 0


async def middle():
    await inner()


async def parked():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(middle(), name="failing")
    p = asyncio.create_task(parked(), name="parked")
    await asyncio.sleep(0.01)
    t.print_stack()
    p.print_stack()
    t.print_stack(limit=1)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    p.print_stack()


asyncio.run(main())
