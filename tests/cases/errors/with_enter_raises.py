# A failing __enter__ / __aenter__: the traceback shows the `with` line without carets (CPython
# 3.11 locates the enter call at the whole statement), for one item, a later item and async with.
import asyncio
import traceback


class Fails:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *exc):
        return False

    async def __aenter__(self):
        raise KeyError("aenter failed")

    async def __aexit__(self, *exc):
        return False


class Fine:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("Fine exits with", exc[0].__name__ if exc[0] else None)
        return False


def second_item():
    with Fine() as a, Fails() as b:
        print("not reached", a, b)


async def async_item():
    async with Fails():
        print("not reached")


try:
    second_item()
except ValueError:
    traceback.print_exc()

try:
    asyncio.run(async_item())
except KeyError:
    print(traceback.format_exc().splitlines()[-4:])


def single():
    with Fails() as f:
        pass


single()
