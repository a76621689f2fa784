# The event loop's reports on the "asyncio" logger are records from CPython's
# base_events.py: a format naming the function, line and file prints what CPython's does.
import asyncio
import logging
import sys



class OneLineErrors(logging.Formatter):
    # The exception's last line only: CPython's tracebacks here pass through its stdlib files.
    def formatException(self, ei):
        return f"  -> {ei[0].__name__}: {ei[1]}"


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(OneLineErrors("%(levelname)s %(name)s %(filename)s:%(funcName)s:%(lineno)d %(message)s"))
logging.basicConfig(level=logging.DEBUG, handlers=[handler])
log = logging.getLogger("demo")


async def fails():
    raise RuntimeError("nobody awaits this")


def bad_callback():
    raise ValueError("in a callback")


def custom_handler(loop, context):
    raise KeyError("the custom handler fails too")


async def main():
    log.info("started")
    task = asyncio.create_task(fails())
    await asyncio.sleep(0)
    del task  # "Task exception was never retrieved", logged when the task is collected
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    loop.set_exception_handler(custom_handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    log.info("done")


asyncio.run(main())
logging.getLogger("asyncio").setLevel(logging.CRITICAL)


async def quiet():
    asyncio.get_running_loop().call_soon(bad_callback)
    await asyncio.sleep(0)
    print("a disabled level logs nothing")


asyncio.run(quiet())
