# Binding errors of the event loop's scheduling methods, ensure_future() and the Future and
# Task constructors, with CPython's messages (Python-level methods name BaseEventLoop;
# Future() and Task() are Argument Clinic __init__s); subclasses keep their own __init__.
import asyncio


class MyFuture(asyncio.Future):
    def __init__(self, tag, *, loop=None):
        super().__init__(loop=loop)
        self.tag = tag


async def main():
    loop = asyncio.get_running_loop()
    tests = [
        lambda: loop.call_soon(),
        lambda: loop.call_soon(print, 1, ctx=None),
        lambda: loop.call_soon_threadsafe(),
        lambda: loop.call_later(1),
        lambda: loop.call_later(),
        lambda: loop.call_at(1),
        lambda: loop.call_later(1, print, "x", context=None, extra=1),
        lambda: loop.create_future(1),
        lambda: loop.time(1),
        lambda: asyncio.ensure_future(),
        lambda: asyncio.ensure_future(1, 2),
        lambda: asyncio.ensure_future(loop.create_future(), lop=loop),
        lambda: asyncio.ensure_future(coro_or_future=loop.create_future()),
        lambda: asyncio.Future(1),
        lambda: asyncio.Future(lop=loop),
        lambda: asyncio.Future(loop=loop),
        lambda: asyncio.Task(),
        lambda: asyncio.Task(1, 2),
        lambda: asyncio.Task(asyncio.sleep(0), eager_start=True),
        lambda: MyFuture("t", loop=loop).tag,
    ]
    for i, fn in enumerate(tests):
        try:
            r = fn()
            print(i, "ok", type(r).__name__)
        except TypeError as e:
            print(i, "TypeError", e)
    h = loop.call_later(0.001, print, "later", "ran")
    loop.call_soon(print, "soon", "ran")
    await asyncio.sleep(0.01)


asyncio.run(main())
