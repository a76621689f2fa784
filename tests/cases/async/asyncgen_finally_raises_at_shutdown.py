# Async generators left suspended are closed at asyncio.run() shutdown; one whose finally raises
# is reported as 'unhandled exception during asyncio.run() shutdown' with its aclose() task,
# named '<async_generator_athrow without __name__>()' as in CPython.
import asyncio

async def ticker():
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0)
    finally:
        print("ticker finally")
        await asyncio.sleep(0)
        print("ticker after await in finally")

async def bad_gen():
    try:
        yield 1
    finally:
        raise RuntimeError("finally boom")

async def main():
    t = ticker()
    async for x in t:
        if x == 2:
            break
    print("broke out")
    b = bad_gen()
    print(await anext(b))
    g = ticker()
    await anext(g)
    del g
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
print("after run")
