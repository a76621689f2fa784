import asyncio, traceback

def cb(x):
    raise ValueError(x)

def handler(loop, context):
    exc = context.get("exception")
    names = [f.name for f in traceback.extract_tb(exc.__traceback__)]
    print(context["message"], type(exc).__name__, names)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(cb, 1)
    loop.call_soon(42)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: 1 / 0)
    fut.set_result(None)
    loop.call_later(0.001, cb, 2)
    await asyncio.sleep(0.01)
    print("done")
asyncio.run(main())
