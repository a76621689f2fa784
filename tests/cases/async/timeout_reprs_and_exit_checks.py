# asyncio.Timeout reprs through its states, and __aexit__ on a Timeout that is not active fails
# its assertion as in CPython.
import asyncio


async def main():
    t = asyncio.timeout(1)
    print(repr(t).split(" when=")[0])
    async with t:
        print(repr(t).split(" when=")[0])
    print(repr(t).split(" when=")[0])
    try:
        async with asyncio.timeout(0) as t2:
            await asyncio.sleep(0)
    except TimeoutError:
        pass
    print(repr(t2).split(" when=")[0])
    print(asyncio.Timeout(None))
    try:
        asyncio.Timeout()
    except TypeError as e:
        print(e)
    for tt in (asyncio.Timeout(None), t, t2):
        try:
            await tt.__aexit__(None, None, None)
        except AssertionError as e:
            print("AssertionError", repr(e))


asyncio.run(main())
