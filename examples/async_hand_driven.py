"""Driving coroutines by hand: what the event loop does for you.

A coroutine object is a resumable computation. `send(None)` runs it to the
next point where something it awaits yields; the yielded value goes to the
caller of `send` (normally the event loop). When the coroutine returns, `send`
raises StopIteration carrying the return value in `.value`. `throw` raises an
exception at the suspension point and `close` throws GeneratorExit.
"""
class Ticket:
    """A custom awaitable: __await__ returns an iterator (here a generator).

    Whatever it yields travels up through every `await` to whoever calls
    send(); whatever is sent back becomes the result of `yield` here.
    """

    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield f"request {self.label}"
        return f"{self.label} -> {reply}"


class Pause:
    """Like asyncio.sleep(0): yield once to the driver, expect nothing back."""

    def __await__(self):
        yield "pause"


async def inner():
    first = await Ticket("a")
    await Pause()
    second = await Ticket("b")
    return [first, second]


async def outer():
    # `await inner()` delegates: inner's yields pass straight through outer.
    result = await inner()
    return len(result), result


async def guarded():
    try:
        await Ticket("x")
    except ValueError as e:
        print("guarded: caught", repr(e))
        await Ticket("y")
    finally:
        print("guarded: finally")


def drive(coro, replies):
    """A tiny event loop: answer each yielded request with the next reply."""
    reply = None
    while True:
        try:
            request = coro.send(reply)
        except StopIteration as stop:
            return stop.value
        print("  loop got:", request)
        reply = replies.pop(0) if request != "pause" else None


def main():
    coro = outer()
    print("type:", type(coro).__name__)
    print("result:", drive(coro, ["one", "two"]))

    # Sending a non-None value to a just-created coroutine is an error.
    c = outer()
    try:
        c.send(1)
    except TypeError as e:
        print("TypeError:", e)
    c.close()

    # throw() raises at the current await; the coroutine may handle it.
    g = guarded()
    print("first yield:", g.send(None))
    print("after throw:", g.throw(ValueError("nope")))
    # close() throws GeneratorExit; the finally block still runs.
    g.close()
    print("closed; send now raises:", end=" ")
    try:
        g.send(None)
    except RuntimeError as e:
        print(e)

    # A coroutine that has returned cannot be resumed either.
    done = outer()
    drive(done, ["p", "q"])
    try:
        done.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)


main()
