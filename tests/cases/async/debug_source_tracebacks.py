# Debug mode records where futures, tasks and handles were made (`_source_traceback`, the last
# frames of the stack): reprs end with "created at file:line", and the default exception
# handler prints the frames as "source_traceback: Object created at (most recent call last):"
# for a failed callback, a future or task whose exception nobody retrieved, and a context
# given by the script. run_in_executor refuses a coroutine function in debug mode.
import asyncio
import traceback


def fail(n):
    raise ValueError(f"callback {n}")


def make_future(loop):
    fut = asyncio.Future(loop=loop)
    fut.set_exception(KeyError("never retrieved"))
    return fut


def schedule(loop):
    return loop.call_soon(fail, 1)


async def broken():
    raise RuntimeError("task failed")


def handler(loop, context):
    # A failed callback's traceback passes through asyncio's own frames: shown in part.
    if context["message"].startswith("Exception in callback"):
        print(context["message"], sorted(context), repr(context["exception"]))
        print("".join(traceback.format_list(context["source_traceback"])), end="")
    else:
        loop.default_exception_handler(context)


loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.set_exception_handler(handler)

fut = asyncio.Future(loop=loop)
print(fut)
print(fut._source_traceback)
fut.set_result([1, 2])
print(fut)

h = schedule(loop)
print(h)
print(type(h._source_traceback).__name__, len(h._source_traceback), h._source_traceback[-1].name)
loop.call_later(0.001, fail, 2)
loop.run_until_complete(asyncio.sleep(0.01))

f = make_future(loop)
print(f)
del f

t = loop.create_task(broken(), name="broken")
print(t)
loop.run_until_complete(asyncio.sleep(0))
print(t)
del t

loop.call_exception_handler({"message": "by hand", "source_traceback": [("f.py", 3, "fn", "x = 1"), ("g.py", 9, "gn", None)]})
loop.call_exception_handler({"message": "by hand, nothing", "source_traceback": []})

try:
    loop.run_in_executor(None, broken)
except TypeError as e:
    print("TypeError:", e)

loop.set_debug(False)
quiet = asyncio.Future(loop=loop)
print(quiet, quiet._source_traceback)
print(loop.call_soon(print, "no debug"))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
