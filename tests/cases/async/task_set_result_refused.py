# Task.set_result / set_exception are refused: a task's outcome comes from its coroutine.
import asyncio


async def work():
    await asyncio.sleep(0)
    return "done"


async def main():
    t = asyncio.create_task(work())
    for name, arg in (("set_result", 1), ("set_exception", ValueError("x"))):
        try:
            getattr(t, name)(arg)
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await t)
    try:
        t.set_result(2)
    except RuntimeError as e:
        print("after done:", e)
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    try:
        f.set_result(4)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
