# After set_event_loop(None), and in a thread without a loop, everything that looks the loop up
# through the policy fails as asyncio.get_event_loop() does: Future(), Task(), ensure_future()
# and gather(). A coroutine passed to ensure_future() stays alive with the error (CPython's
# frame holds it), so it warns "never awaited" when the handler ends.
import asyncio
import threading


async def job():
    return 1


def attempts(out):
    makers = [
        ("Future", lambda: asyncio.Future()),
        ("ensure_future", lambda: asyncio.ensure_future(job())),
        ("gather", lambda: asyncio.gather(job())),
        ("Task", lambda: asyncio.Task(job())),
        ("get_event_loop", lambda: asyncio.get_event_loop()),
    ]
    for name, make in makers:
        try:
            make()
            out.append((name, "made"))
        except RuntimeError as e:
            out.append((name, str(e)))


out = []
t = threading.Thread(target=attempts, args=(out,), name="worker")
t.start()
t.join()
print(*out, sep="\n")

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.Future().get_loop() is loop)
loop.close()
asyncio.set_event_loop(None)
out = []
attempts(out)
print(*out, sep="\n")


def handled():
    try:
        asyncio.ensure_future(job())
    except RuntimeError:
        print("handler")
    print("after handler")


handled()
