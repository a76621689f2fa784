# A coroutine made but never awaited in a main coroutine that then fails lives on in the
# traceback of the exception asyncio.run() raised; that traceback reaches the failed task again
# (a reference cycle), which CPython's collection at exit frees, warning at sys:1 with its
# tracemalloc hint. A loop run while another runs refuses before wrapping the coroutine in a
# task, so that coroutine is never awaited too (a nested Runner's close()).
import asyncio


async def show(label):
    print(label)


async def failing_main():
    pending = show("never")
    raise RuntimeError("main failed")


async def nested_runner():
    with asyncio.Runner() as runner:
        runner.run(show("nested"))


try:
    asyncio.run(failing_main())
except RuntimeError as e:
    print("caught:", e)
try:
    asyncio.run(nested_runner())
except RuntimeError as e:
    print("caught:", e, "| context:", e.__context__)
print("end of script")
