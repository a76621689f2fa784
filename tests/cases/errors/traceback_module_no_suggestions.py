# CPython 3.11 adds "Did you mean" to an AttributeError/NameError only when the interpreter
# prints it (an uncaught exception); the traceback module (print_exc, format_exc, logging,
# asyncio's "Task exception was never retrieved") leaves the message as it is.
import asyncio
import gc
import logging
import sys
import traceback

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")


class Account:
    balance = 0


try:
    Account().balanse
except AttributeError as e:
    print(traceback.format_exception_only(type(e), e), end="")
    traceback.print_exc(file=sys.stdout)
    logging.exception("lookup failed")
    print(list(traceback.TracebackException.from_exception(e).format()))

try:
    prnt("x")
except NameError:
    print(traceback.format_exc().splitlines()[-1])


async def task_body():
    return Account().balanse


async def main():
    t = asyncio.create_task(task_body())
    await asyncio.sleep(0)
    print(t)
    del t
    gc.collect()

asyncio.run(main())
try:
    raise ExceptionGroup("eg", [AttributeError("no", name="x", obj=Account())])
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
Account().balanse
