# A loop left open in a module global: the task it holds through a timer is reported
# last, while its coroutine still runs, and closed after.
import asyncio

async def waiter(ev):
    try:
        await ev.wait()
    finally:
        print("waiter finally")

async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("forever finally")

async def main():
    asyncio.ensure_future(waiter(asyncio.Event()))
    asyncio.ensure_future(forever())
    await asyncio.sleep(0)
    print("main done")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("end")
