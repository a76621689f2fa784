# A script subclass of asyncio.Task without an __init__ of its own: cancel() is Task.cancel
# (before the first step it only asks; cancelling() counts), set_result/set_exception are
# refused as on Task, print()/str() show the subclass's name as repr() does, and the wake-up
# callback a future holds for it is named after the subclass.
import asyncio


class MyTask(asyncio.Task):
    pass


async def coro():
    await asyncio.sleep(1)


async def main():
    t = MyTask(coro(), name="mine")
    print(t)
    print(str(t) == repr(t), f"{t}" == repr(t))
    await asyncio.sleep(0)
    print(t)
    print(t.cancel("stop"), t.cancelling())
    print(t)
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)
    print(t)
    early = MyTask(coro())
    print(early.cancel(), early.cancelling(), early.done())
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before its first step")
    for method, value in [("set_result", 1), ("set_exception", ValueError())]:
        try:
            getattr(early, method)(value)
        except RuntimeError as e:
            print(e)
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, c, **kw: MyTask(c, loop=loop, **kw))
    t2 = asyncio.create_task(coro())
    print(type(t2).__name__, t2)
    t2.cancel()
    loop.set_task_factory(None)
    await asyncio.sleep(0)
    print(t2)


asyncio.run(main())
