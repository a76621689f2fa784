# A main task ending in KeyboardInterrupt/SystemExit: asyncio.run re-raises it and the task is
# not reported as "Task exception was never retrieved".
import asyncio


async def interrupted():
    await asyncio.sleep(0)
    raise KeyboardInterrupt


try:
    asyncio.run(interrupted())
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")


async def exiting():
    raise SystemExit(4)


try:
    asyncio.run(exiting())
except SystemExit as e:
    print("SystemExit", e.code)


async def final():
    await asyncio.sleep(0)
    raise SystemExit(3)


asyncio.run(final())
