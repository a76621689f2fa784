"""The event loop API: callback ordering, handles, run/stop/close, errors."""
import asyncio

log = []


def note(*args):
    log.append(args)
    print("callback", *args)


def ordering(loop):
    # call_soon is FIFO; call_later(0) and call_at(now) run after everything
    # already in the ready queue, in deadline order then scheduling order.
    loop.call_later(0, note, "later-0 first")
    loop.call_soon(note, "soon 1")
    loop.call_at(loop.time(), note, "call_at now")
    loop.call_soon(note, "soon 2")
    loop.call_later(0.02, note, "later 0.02")
    loop.call_later(0.01, note, "later 0.01")
    h = loop.call_soon(note, "cancelled soon")
    h.cancel()
    t = loop.call_later(0.005, note, "cancelled timer")
    t.cancel()
    print("handle cancelled():", h.cancelled(), t.cancelled())
    print("timer handle when() is a float:", type(t.when()).__name__)
    loop.call_later(0.03, loop.stop)


def nested(loop):
    # A callback scheduled from a callback runs on the next iteration.
    def outer():
        print("outer runs")
        loop.call_soon(lambda: print("inner runs (next iteration)"))

    loop.call_soon(outer)
    loop.call_soon(lambda: print("sibling of outer"))
    loop.call_soon(loop.stop)


async def answer():
    await asyncio.sleep(0)
    return 42


async def check_running():
    loop = asyncio.get_running_loop()
    print("inside: is_running", loop.is_running())
    coro = answer()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("run_until_complete while running:", e)
    coro.close()  # never started: close it so no "never awaited" warning
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever while running:", e)
    coro = answer()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested asyncio.run:", e)
    coro.close()
    return "checked"


def main():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("get_running_loop outside:", e)

    loop = asyncio.new_event_loop()
    print("is_running/is_closed:", loop.is_running(), loop.is_closed())
    print("debug:", loop.get_debug())
    ordering(loop)
    loop.run_forever()
    nested(loop)
    loop.run_forever()
    print("run_until_complete ->", loop.run_until_complete(answer()))
    print("a future too ->", loop.run_until_complete(asyncio.ensure_future(answer(), loop=loop)))
    print(loop.run_until_complete(check_running()))

    # stop() before run_forever: the loop runs one iteration, then stops.
    loop.call_soon(print, "ran once despite early stop")
    loop.stop()
    loop.run_forever()

    loop.close()
    loop.close()  # closing twice is fine
    print("closed:", loop.is_closed())
    try:
        loop.call_soon(print)
    except RuntimeError as e:
        print("call_soon on closed loop:", e)
    coro = answer()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("run_until_complete on closed loop:", e)
    coro.close()

    # asyncio.run refuses anything but a coroutine.
    try:
        asyncio.run(42)
    except ValueError as e:
        print("asyncio.run(42):", e)


main()
