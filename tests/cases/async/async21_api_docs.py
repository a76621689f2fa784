# What tutorials print about asyncio's API: CPython's docstrings (help() on the common
# functions and classes, including those corio runs natively), the names in __all__, and the
# low-level task registry hooks.
import asyncio
import inspect

help(asyncio.sleep)
help(asyncio.create_task)
help(asyncio.gather)
help(asyncio.wait_for)
help(asyncio.run)
help(asyncio.Event)
help(asyncio.Queue.get)
queue = asyncio.Queue()
help(queue.put)
for m in [queue.get, asyncio.Queue.put, asyncio.Lock.acquire, asyncio.Event.wait,
          asyncio.StreamReader.read, asyncio.StreamReader.readexactly, asyncio.StreamWriter.write,
          asyncio.StreamWriter.drain]:
    print(m.__name__, m.__module__, inspect.signature(m), inspect.iscoroutinefunction(m))
for f in [asyncio.ensure_future, asyncio.current_task, asyncio.all_tasks, asyncio.iscoroutine,
          asyncio.isfuture, asyncio.get_running_loop, asyncio.get_event_loop, asyncio.wait,
          asyncio.as_completed, asyncio.shield, asyncio.to_thread, asyncio.timeout,
          asyncio.new_event_loop, asyncio.iscoroutinefunction, asyncio.run_coroutine_threadsafe,
          asyncio.open_connection, asyncio.start_server, asyncio.wrap_future]:
    print(f.__name__, f.__module__, repr(f.__doc__))
for cls in [asyncio.Queue, asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore,
            asyncio.BoundedSemaphore, asyncio.Barrier, asyncio.Runner, asyncio.TaskGroup,
            asyncio.Timeout, asyncio.LifoQueue, asyncio.PriorityQueue, asyncio.Protocol]:
    print(cls.__name__, repr(cls.__doc__))
for m in [asyncio.Queue.qsize, asyncio.Queue.join, asyncio.Queue.task_done, asyncio.Lock.release,
          asyncio.Event.set, asyncio.Condition.notify_all, asyncio.Semaphore.acquire,
          asyncio.Timeout.reschedule, asyncio.Runner.run, asyncio.StreamReader.readline]:
    print(m.__qualname__, inspect.getdoc(m).splitlines()[0])

print(len(asyncio.__all__), [n for n in asyncio.__all__ if n.startswith("_")])


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    other = asyncio.create_task(asyncio.sleep(0))
    try:
        asyncio._enter_task(loop, other)
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(other), "<other>").split(" <Task")[0])
    try:
        asyncio._leave_task(loop, other)
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(other), "<other>").split(" <Task")[0])
    asyncio._unregister_task(other)
    print(other in asyncio.all_tasks(), me in asyncio.all_tasks())
    asyncio._register_task(other)
    print(other in asyncio.all_tasks())
    await other


asyncio.run(main())
loop = asyncio.new_event_loop()
asyncio._set_running_loop(loop)
print(asyncio.get_running_loop() is loop, loop.is_running())
asyncio._set_running_loop(None)
print(asyncio._get_running_loop())
loop.close()
