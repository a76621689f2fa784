# Weak references to tasks, futures, handles and the loop, and script attributes on the loop.
import asyncio
import gc
import weakref


class Registry:
    def __init__(self):
        self.tasks = weakref.WeakSet()
        self.by_name = weakref.WeakValueDictionary()


async def work(i):
    await asyncio.sleep(0.001 * i)
    return i


async def main():
    reg = Registry()
    ts = [asyncio.create_task(work(i), name=f"w{i}") for i in range(3)]
    for t in ts:
        reg.tasks.add(t)
        reg.by_name[t.get_name()] = t
    print(len(reg.tasks), sorted(reg.by_name))
    print(ts[0] in reg.tasks, asyncio.current_task() in reg.tasks)
    await asyncio.gather(*ts)
    r = weakref.ref(ts[1])
    print(r() is ts[1], r().result())
    del ts, t
    gc.collect()
    print(len(reg.tasks), sorted(reg.by_name), r())

    loop = asyncio.get_running_loop()
    print(weakref.ref(loop)() is loop)
    loop.request_count = 3
    loop.request_count += 1
    print(loop.request_count, loop.__dict__["request_count"])
    del loop.request_count
    print(hasattr(loop, "request_count"))

    fut = loop.create_future()
    fr = weakref.ref(fut)
    print(fr() is fut)
    del fut
    print(fr())

    h = loop.call_later(1, print)
    print(weakref.ref(h)() is h)
    h.cancel()

    coro = asyncio.sleep(0)
    print(weakref.ref(coro)() is coro)
    await coro


asyncio.run(main())

loop = asyncio.new_event_loop()
loop.tag = "secondary"
print(loop.tag, loop.__dict__["tag"], "tag" in vars(loop))
loop.close()
