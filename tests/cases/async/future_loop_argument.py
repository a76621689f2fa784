# asyncio.Future(loop=...) and Task(..., loop=...) ask the loop's get_debug() as CPython's
# future_init does, so a loop= that is not a loop fails at once with AttributeError.
import asyncio
async def main():
    for bad in (1, "loop", object()):
        try:
            asyncio.Future(loop=bad)
        except AttributeError as e:
            print(e)
    class FakeLoop:
        def get_debug(self):
            print("get_debug asked")
            return False
    f = asyncio.Future(loop=FakeLoop())
    print(type(f.get_loop()).__name__)
    f = asyncio.Future(loop=asyncio.get_running_loop())
    print(f.get_loop() is asyncio.get_running_loop())
    try:
        asyncio.Task(asyncio.sleep(0), loop=5)
    except AttributeError as e:
        print("task:", e)
asyncio.run(main())
