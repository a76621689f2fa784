# asyncio.sleep() binds its arguments as CPython's 'async def sleep(delay, result=None)':
# unknown keywords (the removed 'loop'), too many positionals and a repeated delay are
# TypeErrors with the function's messages.
import asyncio

async def main():
    for a, k in [((1,), {"loop": 1}), ((1, 2, 3), {}), ((1,), {"delay": 2}), ((), {"result": 1}), ((), {}),
                 ((), {"delay": 0, "result": "kw"}), ((0, "p"), {}), ((0,), {"result": "r"}), (("x",), {})]:
        try:
            print(await asyncio.sleep(*a, **k))
        except TypeError as e:
            print(e)

asyncio.run(main())
