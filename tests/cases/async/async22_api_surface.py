"""asyncio's API as CPython 3.11 shows it: function reprs of asyncio.sleep & co, Timeout
annotations in inspect.signature, dir(asyncio) with CPython's submodules, a task's repr
naming where its native coroutine (sleep, Queue.get, Lock.acquire, Event.wait) stands, and
asyncio.get_event_loop() refusing after asyncio.run()."""
import asyncio
import inspect
import re


def mask(text):
    # addresses and asyncio source locations differ between interpreters
    text = re.sub(r" at 0x[0-9a-f]+", " at ADDR", text)
    return re.sub(r"(running at|defined at) (<frozen [^>]*>|[^ ]*?):\d+>", r"\1 SRC>", text)


for f in (asyncio.sleep, asyncio.create_task, asyncio.ensure_future, asyncio.all_tasks,
          asyncio.current_task, asyncio.iscoroutine, asyncio.isfuture):
    print(mask(repr(f)), f.__module__, inspect.iscoroutinefunction(f))
print(mask(repr(asyncio.get_running_loop)), mask(repr(asyncio.get_event_loop)))

print(inspect.signature(asyncio.timeout))
print(inspect.signature(asyncio.timeout_at))
print(inspect.signature(asyncio.Timeout.reschedule))
print(inspect.signature(asyncio.Timeout.__aexit__))
print(inspect.signature(asyncio.wait_for), inspect.signature(asyncio.gather))

names = dir(asyncio)
for sub in ('base_futures', 'base_subprocess', 'base_tasks', 'constants', 'format_helpers',
            'log', 'mixins', 'sslproto', 'staggered', 'sys', 'trsock'):
    print(sub, sub in names, type(getattr(asyncio, sub)).__name__)
print([n for n in names if n in ('stream_protocols', 'loop_extras', '_LAZY_EXPORTS', '_load')])
print(asyncio.constants.DEBUG_STACK_DEPTH, asyncio.log.logger.name)
print(asyncio.trsock.TransportSocket.__module__, asyncio.trsock.TransportSocket.__qualname__)


async def waiter(ev):
    await ev.wait()


async def main():
    ev, q, lock = asyncio.Event(), asyncio.Queue(), asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(c) for c in
             (waiter(ev), q.get(), lock.acquire(), ev.wait(), asyncio.sleep(0), asyncio.sleep(5))]
    for t in tasks:
        print(mask(repr(t)))
    await asyncio.sleep(0)
    for t in tasks:
        print(mask(repr(t)))
    ev.set()
    q.put_nowait(1)
    lock.release()
    tasks[-1].cancel()
    await asyncio.sleep(0.01)
    for t in tasks:
        print(mask(repr(t)))

    async def two():
        return 2
    stars = await asyncio.staggered.staggered_race([two], None)
    print(stars)


asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
