# asyncio.Runner refuses what it cannot run with CPython's messages, raised from the same
# source line of Runner.run (file names are left out: corio's asyncio modules are frozen).
import asyncio
import traceback


def show(exc):
    print(f"{type(exc).__name__}: {exc}")
    for frame in traceback.extract_tb(exc.__traceback__):
        print(f"   {frame.name}: {frame.line}")


async def work(n):
    await asyncio.sleep(0)
    return n * 2


with asyncio.Runner() as runner:
    print(runner.run(work(1)))
    task = runner.get_loop().create_task(work(2))
    try:
        runner.run(task)
    except ValueError as e:
        show(e)
    print(runner.run(asyncio.wait_for(task, 1)))
    try:
        runner.run(len)
    except ValueError as e:
        show(e)

try:
    asyncio.run(42)
except ValueError as e:
    show(e)

runner = asyncio.Runner()
runner.close()
try:
    runner.run(asyncio.sleep(0))
except RuntimeError as e:
    show(e)
