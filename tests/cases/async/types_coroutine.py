# @types.coroutine makes a generator function's generators awaitable (legacy coroutines).
import asyncio, types
@types.coroutine
def legacy_sleep(n):
    for _ in range(n):
        yield
    return f"legacy {n}"
@types.coroutine
def old_style():
    r = yield from asyncio.sleep(0, result="inner")
    return r
async def main():
    print(await legacy_sleep(2))
    print(await asyncio.gather(legacy_sleep(1), legacy_sleep(3)))
    t = asyncio.ensure_future(legacy_sleep(1))
    print(await t)
    print(await old_style())
asyncio.run(main())
print(legacy_sleep.__name__)
