# The C Future and Task methods check their arguments with CPython's messages: METH_NOARGS
# and METH_O methods name their class ("Task.result()", but "Future.get_loop()"), Argument
# Clinic parsers (add_done_callback, cancel) and the __await__/__iter__ slot wrappers theirs.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(asyncio.sleep(0))
    for o in (f, t):
        tests = [
            lambda: o.add_done_callback(print, 1),
            lambda: o.add_done_callback(print, ctx=None),
            lambda: o.add_done_callback(),
            lambda: o.add_done_callback(fn=print),
            lambda: o.cancel(1, 2),
            lambda: o.cancel(mesg="x"),
            lambda: o.cancel(msg=None, x=1),
            lambda: o.cancel(1, msg=2),
            lambda: o.result(1),
            lambda: o.result(x=1),
            lambda: o.exception(1),
            lambda: o.set_result(),
            lambda: o.set_result(1, 2),
            lambda: o.set_result(x=1),
            lambda: o.set_exception(),
            lambda: o.remove_done_callback(),
            lambda: o.remove_done_callback(print, 1),
            lambda: o.get_loop(1),
            lambda: o.done(1),
            lambda: o.cancelled(1),
            lambda: o.__await__(1),
            lambda: o.__iter__(x=1),
        ]
        if o is t:
            tests += [lambda: t.set_name(), lambda: t.set_name(1, 2), lambda: t.get_name(1), lambda: t.get_coro(1),
                      lambda: t.uncancel(1), lambda: t.cancelling(1), lambda: t.cancel(msg="m", x=1)]
        for i, fn in enumerate(tests):
            try:
                r = fn()
                print(i, "ok", type(r).__name__)
            except Exception as e:
                print(i, type(e).__name__, e)
    await t

asyncio.run(main())
