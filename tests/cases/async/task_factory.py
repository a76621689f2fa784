import asyncio

created = []

class TracingTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        created.append(coro.__name__)

def factory(loop, coro, context=None):
    return TracingTask(coro, loop=loop, context=context)

async def child(i):
    await asyncio.sleep(0)
    return i * 10

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(child(1), name="first")
    print(type(t).__name__, t.get_name(), await t)
    print(await asyncio.gather(child(2), child(3)))
    t2 = asyncio.ensure_future(child(4))
    print(type(t2).__name__, await t2)
    async with asyncio.TaskGroup() as tg:
        t3 = tg.create_task(child(5))
    print(type(t3).__name__, t3.result())
    print(await asyncio.wait_for(child(6), 1))
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print("TE", e)
    loop.set_task_factory(None)
    print(loop.get_task_factory())
    t4 = asyncio.create_task(child(7))
    print(type(t4).__name__, await t4)
    print(created)
    print(isinstance(t, asyncio.Task), repr(t).startswith("<TracingTask finished name='first'"))

asyncio.run(main())

def plain_factory(loop, coro):
    print("factory called for", coro.__name__)
    return asyncio.Task(coro, loop=loop)

loop = asyncio.new_event_loop()
loop.set_task_factory(plain_factory)
print(loop.run_until_complete(child(8)))
loop.close()
print(loop.get_task_factory() is plain_factory)
