"""An async generator dropped when main() returns is closed by a task that asyncio.run's
shutdown cancels before it starts: the CancelledError enters the generator's `finally`, and
the pending aclose() then throws GeneratorExit at its next await (CPython 3.11's behaviour),
so the rest of the `finally` never runs."""
import asyncio


async def agen(name):
    try:
        yield 1
    except BaseException as e:
        print(name, "got", repr(e))
        raise
    finally:
        print("finally entered", name)
        await asyncio.sleep(0)
        print("finally done", name)


async def main():
    a = agen("a")
    print(await anext(a))
    asyncio.create_task(asyncio.sleep(0))
    print("main done")


asyncio.run(main())
print("after")
