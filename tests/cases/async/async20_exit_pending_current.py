# Old-style script: the loop from get_event_loop() is left open. At exit CPython frees the
# task blocked on an Event (a cycle: closed, then reported), but never the one the still
# current loop holds through its sleep timer (no report, no finally).
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

loop = asyncio.get_event_loop()
loop.run_until_complete(main())
print("end")
