# Future.add_done_callback(fn, context=ctx) runs fn inside ctx; without context= the callback
# runs in a copy of the context current when it was registered (not when the future finished).
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="unset")


async def main():
    loop = asyncio.get_running_loop()
    request_id.set("main")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "ctx")

    fut = loop.create_future()

    def report(tag):
        def cb(f):
            print(tag, request_id.get(), f.result())
        return cb

    fut.add_done_callback(report("explicit"), context=ctx)
    fut.add_done_callback(report("registered"))
    fut.add_done_callback(report("none-given"), context=None)

    async def finisher():
        request_id.set("finisher")
        fut.set_result(5)

    await asyncio.create_task(finisher())
    await asyncio.sleep(0)

    # A callback that changes a variable changes it only in its own context.
    def setter(f):
        request_id.set("changed by callback")
    done = loop.create_future()
    done.add_done_callback(setter, context=ctx)
    done.add_done_callback(setter)
    done.set_result(None)
    await asyncio.sleep(0)
    print(ctx[request_id], request_id.get())

    # Already done: the callback is scheduled at once, still in the given context.
    done.add_done_callback(report("late"), context=ctx)
    await asyncio.sleep(0)

    # remove_done_callback finds callbacks registered with a context.
    cb = report("removed")
    f2 = loop.create_future()
    f2.add_done_callback(cb, context=ctx)
    f2.add_done_callback(cb)
    print(f2.remove_done_callback(cb))
    f2.set_result(1)
    await asyncio.sleep(0)

    # Tasks are futures too.
    t = asyncio.create_task(asyncio.sleep(0, result="task result"))
    t.add_done_callback(report("task"), context=ctx)
    await t
    await asyncio.sleep(0)


asyncio.run(main())
