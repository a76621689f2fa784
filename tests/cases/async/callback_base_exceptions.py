"""A BaseException other than SystemExit/KeyboardInterrupt raised by a callback goes to the
exception handler (CPython's Handle._run) and the loop keeps running; in a task it is the
task's exception."""
import asyncio
class MyBase(BaseException): pass
async def child():
    raise MyBase("in task")
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, c: print("handler:", c["message"], repr(c.get("exception"))))
    t = asyncio.create_task(child())
    try:
        await t
    except MyBase as e:
        print("caught", repr(e))
    def cb():
        raise MyBase("cb")
    loop.call_soon(cb)
    loop.call_soon(lambda: (_ for _ in ()).throw(asyncio.CancelledError("cb cancel")))
    loop.call_soon(lambda: (_ for _ in ()).throw(GeneratorExit()))
    await asyncio.sleep(0.01)
    t2 = asyncio.create_task(child())
    await asyncio.sleep(0)
    del t2
    await asyncio.sleep(0)
    print("done")
asyncio.run(main())
