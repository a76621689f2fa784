# Natives that CPython has as Python methods (the loop's, Queue/Lock/Event/stream ones) are
# `method` objects when bound, with CPython's reprs, __func__, __qualname__ and __module__.
import asyncio
import inspect
import re
import types


def lib(text):
    # The asyncio install path differs between machines; the file and line do not.
    return re.sub(r' at \S+/asyncio/', ' at <lib>/asyncio/', re.sub(r'0x[0-9a-f]+', '0x..', text))


async def sleeper(d):
    await asyncio.sleep(d)
    return d


async def main():
    loop = asyncio.get_running_loop()
    m = loop.call_soon
    print(type(m), isinstance(m, types.MethodType), inspect.ismethod(m), inspect.isbuiltin(m))
    print(lib(repr(m)))
    print(m.__self__ is loop, m.__func__ is type(loop).call_soon, lib(repr(m.__func__)))
    print(m.__name__, m.__qualname__, m.__module__)
    print(inspect.signature(m), inspect.signature(loop.run_in_executor))
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = asyncio.Event()
    for bound in (q.put, q.get, q.put_nowait, lock.acquire, lock.release, ev.wait, ev.set):
        print(type(bound).__name__, bound.__qualname__, bound.__module__, lib(repr(bound)))
    print(lib(repr(asyncio.Queue.put)), lib(repr(asyncio.Event.wait)))
    print(q.put.__func__ is asyncio.Queue.put, q.put.__self__ is q)
    print(inspect.iscoroutinefunction(q.get), inspect.iscoroutinefunction(q.get_nowait))
    print(inspect.iscoroutinefunction(lock.acquire), inspect.iscoroutinefunction(ev.set))
    print(inspect.signature(q.put), inspect.signature(asyncio.Queue.put))

    # Task reprs name CPython's callbacks with their place in CPython's asyncio sources.
    print(lib(repr(asyncio.current_task())))
    t1 = asyncio.create_task(sleeper(0.02))
    g = asyncio.gather(t1)
    t2 = asyncio.create_task(sleeper(0.02))
    w = asyncio.create_task(asyncio.wait([t2]))
    t3 = asyncio.create_task(sleeper(0.02))
    wf = asyncio.create_task(asyncio.wait_for(t3, 1))
    await asyncio.sleep(0)
    for t in (t1, t2, t3):
        print(lib(repr(t)))
    s = asyncio.shield(t1)
    print(lib(repr(s)))
    await g
    await w
    await wf

    # A task running asyncio's own coroutines shows where CPython's versions wait.
    q = asyncio.Queue(1)
    q.put_nowait(0)
    await lock.acquire()
    sem = asyncio.Semaphore(0)
    coros = (asyncio.sleep(1), asyncio.sleep(0), q.put(1), ev.wait(), lock.acquire(), sem.acquire(),
             asyncio.wait_for(asyncio.sleep(1), 1))
    tasks = [asyncio.create_task(c) for c in coros]
    await asyncio.sleep(0)
    for t in tasks:
        print(lib(repr(t)))
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())

import asyncio.proactor_events
print(asyncio.proactor_events.__all__)
