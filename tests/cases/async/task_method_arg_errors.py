# Argument errors of Task methods and asyncio.current_task(loop), with CPython's messages.
import asyncio
import io


async def main():
    t = asyncio.current_task()
    calls = [
        lambda: t.get_stack(1),
        lambda: t.get_stack(1, 2),
        lambda: t.get_stack(lim=1),
        lambda: t.get_stack(limit=1, x=2),
        lambda: t.print_stack(1),
        lambda: t.print_stack(1, 2),
        lambda: t.print_stack(limit=1, file=io.StringIO(), z=1),
        lambda: t.print_stack(limit=1, file=io.StringIO()),
        lambda: asyncio.Task.get_stack(),
        lambda: asyncio.Task.get_stack(1),
        lambda: asyncio.Task.print_stack(None),
        lambda: asyncio.Task.get_name(1),
        lambda: asyncio.Task.get_name(1, 2),
        lambda: asyncio.Task.set_name("x", 2),
        lambda: asyncio.Task.get_coro(3.5),
        lambda: asyncio.Task.cancelling([]),
        lambda: asyncio.Task.uncancel(None),
        lambda: len(t.get_stack(limit=1)),
        lambda: asyncio.current_task(1) is None,
        lambda: asyncio.current_task(asyncio.new_event_loop()),
        lambda: asyncio.current_task(asyncio.get_running_loop()) is t,
        lambda: asyncio.current_task(loop=asyncio.get_running_loop()) is t,
        lambda: asyncio.current_task(None) is t,
        lambda: asyncio.current_task([]),
        lambda: asyncio.current_task(1, 2),
        lambda: asyncio.current_task(x=2),
    ]
    for call in calls:
        try:
            print(call())
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
print(asyncio.current_task(1))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
