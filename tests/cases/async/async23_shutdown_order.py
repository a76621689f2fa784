# The tasks asyncio.run() cancels when main returns are cancelled in the order of CPython's
# all_tasks() set, even after other tasks (here gather's) have come and gone.
import asyncio


async def background(i):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("background", i, "cancelled")


async def main():
    print(await asyncio.gather(asyncio.sleep(0.01, "x"), asyncio.sleep(0.01, "y")))
    for i in range(4):
        asyncio.create_task(background(i))
    await asyncio.sleep(0.01)


asyncio.run(main())
