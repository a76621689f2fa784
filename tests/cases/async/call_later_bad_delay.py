# loop.call_later with a delay that is not a number fails as CPython's `self.time() + delay`.
import asyncio


async def main3():
    loop = asyncio.get_running_loop()
    try:
        loop.call_later("soon", print)
    except TypeError as e:
        print(e)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print(e)


asyncio.run(main3())
print("done")
