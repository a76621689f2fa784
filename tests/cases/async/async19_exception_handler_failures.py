# When the loop's exception handlers themselves fail, CPython's call_exception_handler logs
# the failure instead of letting it out of the loop: "Exception in default exception handler"
# (a repr() in the context raising, a loop subclass's default handler failing) and "... while
# handling an unexpected error in custom exception handler" (the default handler failing on
# the report of a custom handler's failure, chained to it). The formatter prints the
# exception's type and context rather than its traceback (CPython's has base_events frames).
import asyncio
import logging
import sys


class Brief(logging.Formatter):
    def formatException(self, ei):
        exc = ei[1]
        ctx = exc.__context__
        return f"  exc_info: {type(exc).__name__}({exc}) context: {type(ctx).__name__ if ctx else None}"


out = logging.StreamHandler(sys.stdout)
out.setFormatter(Brief("%(levelname)s %(name)s: %(message)s"))
logging.getLogger().addHandler(out)


class Loop(asyncio.SelectorEventLoop):
    def default_exception_handler(self, context):
        print("subclass default handler:", context["message"])
        raise KeyError("subclass handler fails")


class Boom:
    def __repr__(self):
        raise RuntimeError("repr fails")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "m1"})

    def failing_handler(loop, ctx):
        raise ValueError("custom fails")

    loop.set_exception_handler(failing_handler)
    loop.call_exception_handler({"message": "m2"})
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print("end main")


with asyncio.Runner(loop_factory=Loop) as r:
    r.run(main())


async def main2():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "weird", "obj": Boom()})
    try:
        loop.default_exception_handler({"message": "direct", "obj": Boom()})
    except RuntimeError as e:
        print("a direct call raises:", e)

    def exiting_handler(loop, ctx):
        raise SystemExit(3)

    loop.set_exception_handler(exiting_handler)
    try:
        loop.call_exception_handler({"message": "exit"})
    except SystemExit as e:
        print("SystemExit gets out:", e.code)
    print("end main2")


asyncio.run(main2())
