# Ctrl-C during asyncio.run() (CPython 3.11's Runner): the first SIGINT cancels the main task,
# which can clean up in `except CancelledError`; run() then raises KeyboardInterrupt. A main
# that swallows the cancellation finishes normally. A handler the program installed itself is
# left alone, and the default handler is back once run() returns.
import asyncio
import os
import signal
import threading

# A shell may start this program with SIGINT ignored (a background job); asyncio.run() only
# takes Ctrl-C over from Python's default handler, so put that in place first.
signal.signal(signal.SIGINT, signal.default_int_handler)


async def cleans_up():
    try:
        os.kill(os.getpid(), signal.SIGINT)
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main cancelled by Ctrl-C, cleaning up")
        raise
    finally:
        print("finally runs")


try:
    asyncio.run(cleans_up())
except KeyboardInterrupt as e:
    print("KeyboardInterrupt at the top", repr(e), type(e.__context__).__name__)


async def swallows():
    try:
        os.kill(os.getpid(), signal.SIGINT)
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        return "kept going"


print(asyncio.run(swallows()))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

seen = []
signal.signal(signal.SIGINT, lambda signum, frame: seen.append(signum))


async def with_own_handler():
    os.kill(os.getpid(), signal.SIGINT)
    await asyncio.sleep(0.01)
    return "own handler ran"


print(asyncio.run(with_own_handler()), seen)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
signal.signal(signal.SIGINT, signal.default_int_handler)


def in_thread():
    try:
        signal.signal(signal.SIGINT, print)
    except ValueError as e:
        print("thread:", e)
    print("thread:", asyncio.run(asyncio.sleep(0, "run works in a thread")))


t = threading.Thread(target=in_thread)
t.start()
t.join()
