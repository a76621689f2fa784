# asyncio.Handle and asyncio.TimerHandle constructed by the script: reprs, _run() in the
# handle's context with errors going to the loop's exception handler, timer ordering, and
# CPython's TypeErrors for wrong arguments.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


def show(*args):
    print("show", args, var.get())


def boom(x):
    raise ValueError(x)


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]), context["handle"])


async def main():
    loop = asyncio.get_running_loop()
    h = asyncio.Handle(show, [1, 2], loop)
    print(h, h.cancelled())
    h._run()
    var.set("in main")
    ctx = contextvars.copy_context()
    var.set("later")
    asyncio.Handle(show, (3,), loop, ctx)._run()
    asyncio.Handle(show, (4,), loop)._run()
    loop.set_exception_handler(handler)
    asyncio.Handle(boom, ("bad",), loop)._run()
    loop.set_exception_handler(None)
    h.cancel()
    print(h, h.cancelled())

    t1 = asyncio.TimerHandle(10.0, show, (), loop)
    t2 = asyncio.TimerHandle(20, show, (), loop, context=None)
    t3 = asyncio.TimerHandle(10.0, show, (), loop)
    print(t1, t2, t2.when())
    print(t1 < t2, t1 == t2, t1 == t3, sorted([t2, t1])[0] is t1)
    print(isinstance(t1, asyncio.Handle), type(t1).__mro__)

    bad = [
        lambda: asyncio.Handle(show),
        lambda: asyncio.Handle(),
        lambda: asyncio.TimerHandle(1, show, ()),
        lambda: asyncio.Handle(show, (), loop, None, 5),
        lambda: asyncio.Handle(show, (), loop, ctx=1),
        lambda: asyncio.Handle(show, (), loop, callback=show),
    ]
    for make in bad:
        try:
            make()
        except TypeError as e:
            print("TypeError:", e)

    # A handle the loop made runs again by hand as well.
    h4 = loop.call_soon(show, "soon")
    print(h4)
    h4._run()
    await asyncio.sleep(0)


asyncio.run(main())
