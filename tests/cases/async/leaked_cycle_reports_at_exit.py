# Tasks and futures kept alive by reference cycles until exit are reported then, as CPython's
# collection at finalization frees them: a failed task whose exception nobody retrieved (held
# through the traceback of an exception raised by main), a plain future holding an exception,
# and a task left pending on a closed loop (its coroutine is closed first, so it shows done).
import asyncio


async def bad():
    raise ValueError("bad")


async def forever():
    try:
        await asyncio.Event().wait()
    finally:
        print("forever finalized")


async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("k"))
    raise KeyError("x")


try:
    asyncio.run(main())
except KeyError as e:
    print("outer", repr(e))

loop = asyncio.new_event_loop()
t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
loop.close()
del t
print("end")
