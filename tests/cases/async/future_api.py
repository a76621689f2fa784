"""asyncio.Future: results, exceptions, callbacks, cancellation messages."""
import asyncio


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "raised", type(e).__name__ + ":", e)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("type:", type(f))
    print("done/cancelled:", f.done(), f.cancelled())
    show("result() pending", f.result)
    show("exception() pending", f.exception)
    f.set_result(42)
    show("result()", f.result)
    show("exception()", f.exception)
    show("set_result again", lambda: f.set_result(1))
    show("set_exception again", lambda: f.set_exception(ValueError()))
    show("cancel done", f.cancel)

    f = loop.create_future()
    f.set_exception(KeyError("k"))
    show("result() failed", f.result)
    show("exception()", f.exception)
    show("set_exception(StopIteration)", lambda: loop.create_future().set_exception(StopIteration()))
    g = loop.create_future()
    g.set_exception(ValueError)  # a class is instantiated
    show("exception() after set_exception(class)", g.exception)

    f = loop.create_future()
    show("cancel('why')", lambda: f.cancel("why"))
    show("cancelled()", f.cancelled)
    show("result() cancelled", f.result)
    show("exception() cancelled", f.exception)
    show("set_result cancelled", lambda: f.set_result(1))

    # Callbacks run in registration order, scheduled with call_soon once done.
    f = loop.create_future()
    order = []

    def cb(name):
        return lambda fut: order.append((name, fut.result()))

    a, b, c = cb("a"), cb("b"), cb("c")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(c)
    f.add_done_callback(a)
    print("removed:", f.remove_done_callback(a))
    print("removed again:", f.remove_done_callback(a))
    f.set_result("x")
    print("before yielding:", order)
    await asyncio.sleep(0)
    print("after yielding:", order)
    # A callback added to a done future is scheduled right away.
    f.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    print("late:", order[-1])

    # Awaiting a future gives its result; awaiting a failed one raises.
    f = loop.create_future()
    loop.call_soon(f.set_result, "soon")
    print("awaited:", await f)
    f = loop.create_future()
    loop.call_soon(f.set_exception, OSError("nope"))
    try:
        await f
    except OSError as e:
        print("awaited raises:", repr(e))

    # cancel(msg) carries the message to whoever awaits.
    f = loop.create_future()
    loop.call_soon(f.cancel, "stop it")
    try:
        await f
    except asyncio.CancelledError as e:
        print("cancelled with args:", e.args)

    print("isfuture:", asyncio.isfuture(f), asyncio.isfuture(1))
    print("InvalidStateError is", asyncio.InvalidStateError.__mro__[1].__name__)
    print("CancelledError base:", asyncio.CancelledError.__bases__)


asyncio.run(main())
