# A task that dies still pending is reported ("Task was destroyed but it is pending!") through
# the loop's exception handler, before its coroutine warns it was never awaited; the task
# run_until_complete made for a coroutine is not reported.
import asyncio


async def work(i):
    print("work", i)
    await asyncio.sleep(0)


loop = asyncio.new_event_loop()
t = loop.create_task(work(0))
loop.close()
print("closed")
del t
print("after del")


def handler(loop, ctx):
    print("handler:", list(ctx), ctx["message"], type(ctx["task"]).__name__, ctx["task"].done())


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
t2 = loop.create_task(work(2), name="second")
loop.close()
del t2
print("mid")

loop2 = asyncio.new_event_loop()


async def stopper():
    loop2.stop()
    await asyncio.sleep(1)


try:
    loop2.run_until_complete(stopper())
except RuntimeError as e:
    print(e)
loop2.close()
print("end")
