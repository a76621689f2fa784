# A suspended async generator dropped while its loop is not running goes to the finalizer
# hook of the loop that first iterated it (CPython stores that hook in the generator): its
# aclose() runs in a task when the loop runs again, and nothing happens if that loop is closed.
import asyncio


async def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally in", asyncio.current_task().get_name())
        await asyncio.sleep(0)
        print(tag, "finally done")


async def holder():
    # The generator lives in this task's frame; asyncio.run cancels the task at shutdown and
    # the generator goes when the cancelled task's frame does, between two loop runs.
    gen = numbers("held")
    await anext(gen)
    try:
        await asyncio.sleep(10)
    finally:
        print("holder cancelled")


async def main():
    asyncio.create_task(holder())
    await asyncio.sleep(0.01)
    print("main exit")


asyncio.run(main())

kept = {}


async def start(tag):
    gen = numbers(tag)
    await anext(gen)
    kept[tag] = gen


loop = asyncio.new_event_loop()
loop.run_until_complete(start("a"))
del kept["a"]
print("a dropped between runs")
loop.run_until_complete(asyncio.sleep(0))
loop.run_until_complete(asyncio.sleep(0))
loop.run_until_complete(start("b"))
loop.run_until_complete(loop.shutdown_asyncgens())
loop.run_until_complete(start("c"))
loop.close()
del kept["c"]
print("c dropped after its loop closed")

other = asyncio.new_event_loop()
other.run_until_complete(start("d"))
del kept["d"]
print("d dropped; its loop was never set as the current one")
other.run_until_complete(asyncio.sleep(0))
other.run_until_complete(asyncio.sleep(0))
other.close()
print("end")
