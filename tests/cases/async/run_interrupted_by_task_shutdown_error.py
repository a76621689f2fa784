# A KeyboardInterrupt raised in a child task stops asyncio.run(); the still pending main task
# is cancelled at shutdown together with the others (not run alone first), and an error it
# ends with there is reported as "unhandled exception during asyncio.run() shutdown" while
# the KeyboardInterrupt propagates.
import asyncio


async def child():
    await asyncio.sleep(0)
    raise KeyboardInterrupt


children = []


async def main():
    children.append(asyncio.create_task(child()))
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled at shutdown")
        raise ValueError("cleanup failed") from None


try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("run raised", repr(e))
print(repr(children[0].exception()))
