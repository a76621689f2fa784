# In debug mode a future or task records where it was made (`_source_traceback`, shown as
# "created at" in its repr). Made by asyncio's own Python code (loop.create_future(),
# asyncio.create_task(), ensure_future()), the record ends in that code's frame, as CPython's.
import asyncio
import os


class Ready:
    def __await__(self):
        return 7
        yield


def where(obj):
    last = obj._source_traceback[-1]
    text = repr(obj)
    at = text[text.index("created at ") + len("created at "):-1] if "created at " in text else None
    return f"{os.path.basename(last.filename)}:{last.lineno} in {last.name}: {last.line!r} (repr: {at and os.path.basename(at)})"


async def work():
    await asyncio.sleep(0)
    return "ok"


async def main():
    loop = asyncio.get_running_loop()
    print("loop.create_future  ", where(loop.create_future()))
    print("asyncio.Future      ", where(asyncio.Future()))
    t1 = asyncio.create_task(work())
    print("asyncio.create_task ", where(t1))
    t2 = loop.create_task(work())
    print("loop.create_task    ", where(t2))
    t3 = asyncio.ensure_future(work())
    print("ensure_future(coro) ", where(t3))
    t4 = asyncio.ensure_future(Ready())
    print("ensure_future(aw)   ", where(t4))
    print(await asyncio.gather(t1, t2, t3, t4))
    h = loop.call_soon(print, "called")
    print("call_soon           ", where(h))
    await asyncio.sleep(0)

    # a task factory's own frames come first: the stand-in frames are only for tasks made
    # by asyncio's native code itself
    def factory(loop, coro):
        return asyncio.Task(coro, loop=loop)
    loop.set_task_factory(factory)
    t5 = asyncio.create_task(work())
    print("via task factory    ", where(t5))
    await t5
    loop.set_task_factory(None)


asyncio.run(main(), debug=True)
