# A Task subclass keeps its identity inside the task: current_task(), all_tasks() and done
# callbacks see the object the user made (directly or through a task factory).
import asyncio


class MyTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(coro, loop=loop, name=name)
        self.tag = "custom"


holder = []


async def child():
    me = asyncio.current_task()
    print("child:", type(me).__name__, me.tag, me.get_name())
    await asyncio.sleep(0)
    print("child again:", type(asyncio.current_task()).__name__)
    return 7


async def main():
    me = asyncio.current_task()
    print("main:", type(me).__name__, me is holder[0], me.tag)
    print(sorted(type(t).__name__ for t in asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("after sleep:", asyncio.current_task() is holder[0])
    t = asyncio.get_running_loop().create_task(child(), name="kid")
    print(type(t).__name__)
    seen = []
    t.add_done_callback(lambda f: seen.append((type(f).__name__, f is t)))
    print(await t, seen)
    await asyncio.sleep(0)
    print(seen)


loop = asyncio.new_event_loop()
loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
t = MyTask(main(), loop=loop)
holder.append(t)
loop.run_until_complete(t)
print(t.done(), type(t).__name__)
loop.close()


class Plain(asyncio.Task):
    pass


async def plain():
    print(type(asyncio.current_task()).__name__)
    print(asyncio.current_task() in asyncio.all_tasks())


loop = asyncio.new_event_loop()
p = Plain(plain(), loop=loop)
loop.run_until_complete(p)
loop.close()


# A done subclass task: a late done callback still gets the instance; an unretrieved
# exception is reported under the subclass's name.
async def work():
    return 5


async def bad():
    raise ValueError("sub")


async def later():
    loop = asyncio.get_running_loop()
    t = Plain(work(), loop=loop)
    await t
    got = []
    t.add_done_callback(lambda f: got.append((type(f).__name__, f is t)))
    await asyncio.sleep(0)
    print(got, repr(t)[:30])
    b = Plain(bad(), loop=loop, name="subbad")
    await asyncio.sleep(0)
    del b
    await asyncio.sleep(0)
    print("end later")


asyncio.run(later())
