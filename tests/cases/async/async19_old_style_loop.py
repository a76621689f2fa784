# Older-style asyncio code as tutorials still show it: get_event_loop() + run_until_complete,
# ensure_future/loop.create_task, run_forever + stop, close, and the errors of 3.11 (bare
# coroutines refused by wait(), asyncio.coroutine and Task.all_tasks gone, closed loops).
# A coroutine handed to create_task on a closed loop warns "never awaited" only when the
# exception that the call raised goes away, as CPython's create_task frame holds it.
import asyncio


async def say(what, when):
    await asyncio.sleep(when)
    print(what)
    return what


async def main():
    return 1


loop = asyncio.get_event_loop()
print(type(loop).__name__)
print(loop.run_until_complete(say("hello", 0.001)))
t = loop.create_task(say("task", 0.001))
f = asyncio.ensure_future(say("ensure", 0.002))
print(loop.run_until_complete(asyncio.gather(t, f)))
bare = say("a", 0.001)
try:
    loop.run_until_complete(asyncio.wait([bare]))
except TypeError as e:
    print(e)
bare.close()
done, pending = loop.run_until_complete(asyncio.wait([loop.create_task(say("c", 0.001))], timeout=1))
print(sorted(x.result() for x in done), pending)
for name in ("coroutine", "async_"):
    try:
        getattr(asyncio, name)
    except AttributeError as e:
        print(e)
try:
    asyncio.Task.all_tasks
except AttributeError as e:
    print(e)


async def forever():
    await asyncio.sleep(0.001)
    loop.stop()


loop.create_task(forever())
loop.run_forever()
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(say("x", 0))
except RuntimeError as e:
    print(e)
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
try:
    loop.create_task(main())
except RuntimeError as e:
    print("create_task:", e)
print("after the except block")
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(new.run_until_complete(say("new loop", 0)))
try:
    new.run_until_complete(main)
except TypeError as e:
    print(e)
fut = new.create_future()
new.call_soon(fut.set_result, 9)
print(new.run_until_complete(fut))
new.close()
try:
    asyncio.run(main)
except ValueError as e:
    print(str(e).split(" at ")[0])
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
