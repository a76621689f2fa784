# The asyncio package's namespace: every submodule's exports are attributes of `asyncio`
# (the same objects), `__all__` is 3.11's (TaskGroup is not in it), star-import brings the
# listed names, and a missing name raises CPython's AttributeError.
import asyncio

print(asyncio.Lock.__name__, asyncio.Queue.__name__)
print(asyncio.Lock is asyncio.locks.Lock, asyncio.Queue is asyncio.queues.Queue)

for name in ['exceptions', 'events', 'futures', 'coroutines', 'tasks', 'runners', 'locks',
             'queues', 'protocols', 'streams', 'subprocess', 'taskgroups', 'timeouts',
             'threads', 'transports']:
    sub = getattr(asyncio, name)
    exported = [n for n in sub.__all__ if not n.startswith('_')]
    same = all(getattr(asyncio, n) is getattr(sub, n) for n in exported)
    print(name, type(sub).__name__, same)

print('TaskGroup' in asyncio.__all__, hasattr(asyncio, 'TaskGroup'))
print(all(isinstance(n, str) for n in asyncio.__all__))
print('Queue' in dir(asyncio), 'timeout' in dir(asyncio), 'streams' in dir(asyncio))

namespace = {}
exec('from asyncio import *', namespace)
for n in ['run', 'sleep', 'gather', 'Queue', 'Lock', 'Semaphore', 'timeout', 'to_thread',
          'open_connection', 'create_subprocess_exec', 'Protocol', 'TaskGroup', 'events']:
    print(n, n in namespace)

try:
    asyncio.no_such_thing
except AttributeError as e:
    print(e)
print(getattr(asyncio, 'Nope', 'default'))


async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    async with lock:
        await q.put(1)
    async with asyncio.timeout(1):
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(q.get())
    print(t.result(), await asyncio.to_thread(sum, [1, 2, 3]))

asyncio.run(main())
