# An async generator left suspended in a task's last frame dies as the coroutine returns (inside
# the task's step, as in CPython): its aclose() task is scheduled before run_until_complete's
# stop callback, so it is created and then cancelled at shutdown without ever running.
import asyncio


async def ticker():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("ticker closed")
        raise


async def main():
    g = ticker()
    print(await anext(g))
    print("leaving main")


asyncio.run(main())


async def worker():
    g = ticker()
    await g.asend(None)
    return "worker done"


async def main2():
    t = asyncio.create_task(worker())
    print(await t)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main2 end")


asyncio.run(main2())


async def main3():
    loop = asyncio.get_running_loop()
    try:
        loop.call_later("soon", print)
    except TypeError as e:
        print(e)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print(e)


asyncio.run(main3())
print("done")
