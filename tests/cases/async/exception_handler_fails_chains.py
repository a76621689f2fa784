# A custom exception handler that itself raises while reporting a failed callback: CPython calls
# it from Handle._run's except block, so the handler's error is chained to the callback's
# (__context__), and "Unhandled error in exception handler" reports both.
import asyncio
import logging


class Show(logging.Handler):
    def emit(self, record):
        exc = record.exc_info[1]
        print("logged:", record.getMessage().splitlines()[0])
        print("  exception:", repr(exc))
        print("  context:", repr(exc.__context__))


logging.getLogger("asyncio").addHandler(Show())


def failing_callback():
    raise ValueError("callback failed")


def broken_handler(loop, context):
    print("handler called for:", type(context["exception"]).__name__)
    raise RuntimeError("handler failed too")


def reraising_handler(loop, context):
    raise context["exception"]


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(broken_handler)
    loop.call_soon(failing_callback)
    await asyncio.sleep(0)
    loop.set_exception_handler(reraising_handler)
    loop.call_soon(failing_callback)
    await asyncio.sleep(0)
    # Not inside a callback's failure: nothing to chain to.
    loop.set_exception_handler(broken_handler)
    loop.call_exception_handler({"message": "direct", "exception": KeyError("k")})
    print("loop still running")


asyncio.run(main())
print("done")
