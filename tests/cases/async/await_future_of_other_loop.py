# Awaiting a future that belongs to another event loop: the task step throws CPython's
# RuntimeError "Task ... got Future ... attached to a different loop" into the coroutine
# (it used to wait forever).
import asyncio


async def main():
    other = asyncio.new_event_loop()
    fut = other.create_future()
    try:
        await fut
    except RuntimeError as e:
        msg = str(e)
        print(msg.startswith("Task <Task pending name='Task-1' coro=<main() running at"))
        print(msg.endswith("got Future <Future pending> attached to a different loop"))
    other.close()

    async def child():
        f = other2.create_future()
        other2.call_soon(f.set_result, 1)
        return await f
    other2 = asyncio.new_event_loop()
    t = asyncio.create_task(child(), name="child")
    try:
        await t
    except RuntimeError as e:
        print(type(e).__name__, "in", t.get_name(), t.done())
    other2.close()
    # A future of the running loop is fine.
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.set_result, "same loop")
    print(await f)


asyncio.run(main())
