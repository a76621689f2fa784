import asyncio
class MyTask(asyncio.Task):
    pass
class MyFut(asyncio.Future):
    def extra(self): return "extra"
async def c():
    await asyncio.sleep(0)
    return 5
async def main():
    loop = asyncio.get_running_loop()
    t = MyTask(c(), loop=loop)
    print(type(t).__name__)
    print(t.get_name())
    print(await t)
    f = MyFut()
    loop.call_soon(f.set_result, 3)
    print(await f, f.extra(), repr(f))
asyncio.run(main())
