# Task.get_stack()/print_stack() for tasks not started, suspended, finished, and finished with
# an exception (whose stack is the exception's traceback).
import asyncio
import sys


async def leaf():
    await asyncio.sleep(0.01)


async def mid():
    await leaf()


async def err():
    raise ValueError("x")


async def main():
    t = asyncio.create_task(mid())
    print([f.f_code.co_name for f in t.get_stack()])
    t.print_stack(file=sys.stdout)
    await asyncio.sleep(0)
    print([(f.f_code.co_name, f.f_lineno) for f in t.get_stack()])
    print([f.f_code.co_name for f in t.get_stack(limit=1)])
    t.print_stack(file=sys.stdout)
    await t
    print(t.get_stack())
    t.print_stack(file=sys.stdout)
    t2 = asyncio.create_task(err())
    await asyncio.sleep(0)
    print([f.f_code.co_name for f in t2.get_stack()])
    t2.print_stack(file=sys.stdout)
    frame = t2.get_stack()[0]
    print(type(frame.f_globals).__name__, type(frame.f_locals).__name__)
    t2.exception()


asyncio.run(main())
