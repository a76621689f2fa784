# inspect.signature of what corio implements natively in asyncio (the module functions CPython
# writes in Python, the C Future/Task methods, the event loop's methods), and the loop's
# _clock_resolution.
import asyncio
import inspect
import time


async def main():
    for f in (asyncio.sleep, asyncio.create_task, asyncio.ensure_future, asyncio.all_tasks,
              asyncio.current_task, asyncio.iscoroutine, asyncio.isfuture, asyncio.wait_for,
              asyncio.gather, asyncio.shield, asyncio.wait):
        print(f.__name__, inspect.signature(f))
    loop = asyncio.get_running_loop()
    for n in ("call_soon", "call_later", "call_at", "time", "create_future", "create_task",
              "run_until_complete", "stop", "close", "is_running", "is_closed", "set_debug",
              "set_exception_handler", "call_exception_handler", "default_exception_handler",
              "call_soon_threadsafe", "run_in_executor"):
        print("loop." + n, inspect.signature(getattr(loop, n)))
    fut = loop.create_future()
    task = asyncio.current_task()
    for obj in (fut, task):
        for n in ("cancel", "result", "set_result", "set_exception", "remove_done_callback", "get_loop"):
            print(type(obj).__name__ + "." + n, inspect.signature(getattr(obj, n)))
    for n in ("get_coro", "get_name", "set_name", "uncancel", "cancelling", "get_stack", "print_stack"):
        print("Task." + n, inspect.signature(getattr(task, n)))
    bound = inspect.signature(asyncio.sleep).bind(1, result="r")
    print(bound.arguments)
    print(loop._clock_resolution == time.get_clock_info("monotonic").resolution)


asyncio.run(main())
