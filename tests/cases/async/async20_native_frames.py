# The frames of the Python-level asyncio code corio runs natively show in tracebacks as
# CPython's: sleep's `return await future`, run_until_complete's `return future.result()`.
import asyncio, traceback
async def main():
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print([f.name for f in traceback.extract_tb(e.__traceback__)])
    async def sub():
        await asyncio.sleep(5)
    t = asyncio.create_task(sub())
    await asyncio.sleep(0)
    t.cancel("bye")
    try:
        await t
    except asyncio.CancelledError as e:
        print([f.name for f in traceback.extract_tb(e.__traceback__)], e.args)
    c = asyncio.sleep(1)
    c.send(None)
    try:
        c.throw(KeyError("k"))
    except KeyError as e:
        print([f.name for f in traceback.extract_tb(e.__traceback__)])
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print([f.name for f in traceback.extract_tb(e.__traceback__)])
        print([f.name for f in traceback.extract_tb(e.__context__.__traceback__)])

asyncio.run(main())

# run_until_complete's own frame: what the future raised, and a loop stopped too early.
async def fails():
    raise ValueError("from main")

async def stops():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(0.01)

loop = asyncio.new_event_loop()
for coro in (fails(), stops()):
    try:
        loop.run_until_complete(coro)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e, [f.name for f in traceback.extract_tb(e.__traceback__)])
loop.close()
try:
    asyncio.run(fails())
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

# create_task / ensure_future given what is not a coroutine, with and without a task factory,
# and create_task on a closed loop.
async def work():
    pass

async def bad_calls():
    loop = asyncio.get_running_loop()
    for f in (asyncio.create_task, loop.create_task, asyncio.ensure_future):
        try:
            f(42)
        except TypeError as e:
            print(e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])
    try:
        asyncio.create_task(work)
    except TypeError as e:
        print(type(e).__name__, [fr.name for fr in traceback.extract_tb(e.__traceback__)])
    loop.set_task_factory(lambda loop, coro, **kw: asyncio.Task(coro, loop=loop, **kw))
    for f in (asyncio.create_task, loop.create_task):
        try:
            f(42)
        except TypeError as e:
            print(e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])
    print(loop.create_task.__qualname__)

asyncio.run(bad_calls())
loop = asyncio.new_event_loop()
loop.close()
try:
    loop.create_task(work())
except RuntimeError as e:
    print(e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])

# A function passed where a coroutine is wanted: the TypeError passes through
# run_until_complete -> ensure_future -> _ensure_future (gather and shield call _ensure_future).
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(work)
except TypeError as e:
    print(e, [f.name for f in traceback.extract_tb(e.__traceback__)])

async def misuse(combinator):
    await combinator(work)

for comb in (asyncio.gather, asyncio.shield, lambda f: asyncio.wait_for(f, 1)):
    try:
        loop.run_until_complete(misuse(comb))
    except TypeError as e:
        print(e, [f.name for f in traceback.extract_tb(e.__traceback__)][1:])
loop.close()
