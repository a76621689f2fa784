# A handle runs its callback as `context.run(callback, *args)` on whatever `context=` was
# given (CPython's Handle._run): an object with its own `run` is used, one without fails and
# is reported as the callback's error; the loop goes on.
import asyncio
import sys


class Wrapping:
    def run(self, fn, *args):
        print("Wrapping.run", fn.__name__, args)
        return fn(*args)


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(print, "plain", context=1)
    loop.call_soon(print, "wrapped", 1, context=Wrapping())
    loop.call_later(0.001, print, "later", context="text")
    loop.call_soon(print, "normal")
    await asyncio.sleep(0.01)
    loop.call_soon(sys.exit, 3, context=Wrapping())
    await asyncio.sleep(0)
    print("not reached")


try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit", e.code)
