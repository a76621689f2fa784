# A SystemExit or KeyboardInterrupt raised by a callback or a task leaves the event loop
# through CPython's Python frames: run_until_complete -> run_forever -> _run_once ->
# Handle._run. The frames' functions and source lines are CPython's (file names are left
# out: corio's asyncio modules are frozen).
import asyncio
import sys
import traceback


def show(label, exc):
    print(f"{label}: {type(exc).__name__}{exc.args}")
    for frame in traceback.extract_tb(exc.__traceback__):
        print(f"   {frame.name}: {frame.line}")


def interrupt():
    raise KeyboardInterrupt("from callback")


async def callback_interrupts():
    asyncio.get_running_loop().call_soon(interrupt)
    await asyncio.sleep(1)


async def task_exits():
    async def child():
        await asyncio.sleep(0)
        sys.exit(3)
    task = asyncio.create_task(child())
    await asyncio.sleep(1)


async def main_exits():
    await asyncio.sleep(0)
    raise SystemExit(4)


try:
    asyncio.run(callback_interrupts())
except KeyboardInterrupt as e:
    show("asyncio.run, callback", e)

try:
    asyncio.run(main_exits())
except SystemExit as e:
    show("asyncio.run, main task", e)

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(task_exits())
except SystemExit as e:
    show("run_until_complete, child task", e)

loop.call_soon(interrupt)
try:
    loop.run_forever()
except KeyboardInterrupt as e:
    show("run_forever, callback", e)


# An ordinary exception in a callback is still reported, not raised.
def fails():
    raise ValueError("reported")


loop.set_exception_handler(lambda loop, ctx: print("handler:", ctx["message"], repr(ctx["exception"])))
loop.call_soon(fails)
loop.call_soon(loop.stop)
loop.run_forever()
for task in asyncio.all_tasks(loop):
    task.cancel()
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("done")
