# A task or future that dies with an exception nobody retrieved is reported through the loop's
# exception handler, as CPython's Future.__del__ does.
import asyncio

async def boom():
    raise ValueError("lost")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("dropping")
    del t
    print("after del")
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(RuntimeError("never seen"))
    del f
    print("end")

asyncio.run(main())
print("done")
