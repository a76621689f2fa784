# Futures and tasks take arbitrary attributes, as CPython's C types (which have an instance
# dict but no __dict__ attribute): set in a task factory, on asyncio.Task(...) objects, read
# back through current_task(), deleted.
import asyncio


async def job():
    me = asyncio.current_task()
    print("inside:", getattr(me, "custom", None), getattr(me, "tag", None))
    await asyncio.sleep(0)
    return 1


async def main():
    loop = asyncio.get_running_loop()

    def factory(loop, coro, **kw):
        t = asyncio.Task(coro, loop=loop, **kw)
        t.custom = True
        return t

    loop.set_task_factory(factory)
    t = asyncio.create_task(job(), name="fact")
    print(t.custom, t.get_name(), await t)
    loop.set_task_factory(None)
    t2 = asyncio.create_task(job())
    t2.tag = {"id": 7}
    print(t2.tag)
    await t2
    del t2.tag
    print(hasattr(t2, "tag"))
    for action in (lambda: delattr(t2, "tag"), lambda: t2.nothing, lambda: t2.__dict__):
        try:
            action()
        except AttributeError as e:
            print("AttributeError:", e)
    f = loop.create_future()
    f.tag = "x"
    print(f.tag, f.done())


asyncio.run(main())
