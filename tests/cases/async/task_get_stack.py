# Task.get_stack() / print_stack() and coroutine frame attributes (CPython's base_tasks).
import asyncio
import inspect
import io
import re


def shape(r):
    return re.sub(r"0x[0-9a-f]+", "0x?", r).replace(__file__, "FILE")


async def sub():
    await asyncio.sleep(0.01)


async def coro():
    await sub()


async def main():
    t = asyncio.create_task(coro(), name="T")
    print([fr.f_code.co_name for fr in t.get_stack()])
    await asyncio.sleep(0)
    c = t.get_coro()
    print(c.cr_frame.f_lineno, c.cr_running, c.cr_suspended, c.cr_await.__name__)
    print([fr.f_code.co_name for fr in t.get_stack()], t.get_stack(limit=0))
    s = io.StringIO()
    t.print_stack(file=s)
    print(shape(s.getvalue()))
    await t
    s = io.StringIO()
    t.print_stack(file=s)
    print(shape(s.getvalue()))
    print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)
    me = asyncio.current_task().get_coro()
    print(me.cr_running, me.cr_frame.f_code.co_name)

    async def ag():
        yield 1

    a = ag()
    print(a.ag_frame.f_code.co_name, a.ag_await, a.ag_running)
    await a.__anext__()
    print(a.ag_frame.f_lineno)
    await a.aclose()
    print(a.ag_frame)


asyncio.run(main())
