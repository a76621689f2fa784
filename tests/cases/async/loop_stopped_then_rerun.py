"""run_until_complete stopped early (loop.stop() inside): the unfinished future no longer holds
the stopper, so finishing during a later run_until_complete or run_forever does not stop it."""
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def stopper(d):
    loop.stop()
    await asyncio.sleep(d)
    print("stopper finished")
    return d


t = loop.create_task(stopper(0.01))
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.done())
print(loop.run_until_complete(asyncio.sleep(0.03, "later run completes")))
print(t.result())

f = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(f)
except RuntimeError as e:
    print("RuntimeError:", e)
loop.call_later(0.01, f.set_result, "f done")
loop.call_later(0.02, loop.stop)
loop.run_forever()
print(f.result())
loop.close()
