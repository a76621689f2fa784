# Future/Task `_result`, `_exception` and `_log_traceback` as CPython exposes them: reading
# does not retrieve the exception, and clearing `_log_traceback` silences the
# "exception was never retrieved" report.
import asyncio


async def fails(msg):
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f._result, f._exception, f._log_traceback)
    f.set_result([1, 2])
    print(f._result, f._exception, f._log_traceback)
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(g._result, repr(g._exception), g._log_traceback)
    try:
        g._log_traceback = True
    except ValueError as e:
        print("ValueError:", e)
    g._log_traceback = False
    print(g._log_traceback)
    del g

    t = asyncio.create_task(fails("silenced"))
    await asyncio.sleep(0)
    print(repr(t._exception), t._log_traceback)
    t._log_traceback = False
    del t

    # Only looking: this one is still reported when it is dropped.
    t2 = asyncio.create_task(fails("reported"))
    await asyncio.sleep(0)
    print(repr(t2._exception), t2._log_traceback, t2.get_stack() != [])
    del t2
    await asyncio.sleep(0)
    print("end of main")


asyncio.run(main())


async def more():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(fails("x"))
    print(f._loop is loop, t._loop is loop, t._coro is t.get_coro())
    await asyncio.gather(t, return_exceptions=True)
    print(repr(t._exception), t._coro.cr_frame, t._coro.__name__)


asyncio.run(more())
