# An exception thrown into a generator or coroutine that has not started yet is reported at
# the code's first line (the decorator line for a decorated function), without carets, as
# CPython's frame sits on its prologue; once started, at the suspended line. A task cancelled
# before its first step shows the same.
import asyncio
import traceback


def deco(f):
    return f


@deco
def numbers(
    start=1,
):
    """Counts."""
    n = start
    while True:
        yield n
        n += 1


async def job():
    await asyncio.sleep(0)
    return "done"


g = numbers()
print(g.gi_frame.f_lineno, g.gi_frame.f_lasti)
try:
    g.throw(ValueError("before start"))
except ValueError:
    traceback.print_exc()
print(g.gi_frame)

g = numbers()
print(next(g), g.gi_frame.f_lineno)
try:
    g.throw(ValueError("suspended"))
except ValueError:
    traceback.print_exc()

c = job()
print(c.cr_frame.f_lineno)
try:
    c.throw(KeyError("k"))
except KeyError:
    traceback.print_exc()


async def main():
    t = asyncio.create_task(job())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        traceback.print_exception(e.__context__ or e)
    agen_made = agen()
    try:
        await agen_made.athrow(RuntimeError("into async generator"))
    except RuntimeError:
        traceback.print_exc()


async def agen():
    yield 1


asyncio.run(main())
