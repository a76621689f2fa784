# An asyncio.sleep() coroutine seen through inspect: its frame's locals show the delay as
# passed (0, not 0.0) and, once the timer is set, loop/future/h; a yielded sleep(0) awaits
# the __sleep0() generator (suspended at its bare yield, 9 lines below the decorator), which
# finishes with it.
import asyncio
import inspect


async def main():
    s = asyncio.sleep(0, "r")
    print(inspect.getcoroutinestate(s), inspect.getcoroutinelocals(s))
    t = asyncio.ensure_future(s)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(s), inspect.getcoroutinelocals(s))
    aw = s.cr_await
    print(type(aw).__name__, aw.__name__, aw.__qualname__, aw is s.cr_await)
    print(inspect.getgeneratorstate(aw), aw.gi_frame.f_lineno - aw.gi_code.co_firstlineno, aw.gi_yieldfrom)
    print(s.cr_frame.f_lineno - s.cr_code.co_firstlineno)
    print(await t)
    print(inspect.getcoroutinestate(s), s.cr_await, s.cr_frame, inspect.getgeneratorstate(aw))
    s2 = asyncio.sleep(1)
    t2 = asyncio.ensure_future(s2)
    await asyncio.sleep(0)
    local = inspect.getcoroutinelocals(s2)
    print(list(local), local["delay"], local["future"] is not None)
    print(type(s2.cr_await).__name__, s2.cr_frame.f_lineno - s2.cr_code.co_firstlineno)
    t2.cancel()
    for d in (True, 0.25, -1):
        s3 = asyncio.sleep(d)
        print(inspect.getcoroutinelocals(s3))
        s3.close()
        print(inspect.getcoroutinestate(s3))


asyncio.run(main())
