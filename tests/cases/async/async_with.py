"""async with: several items, exceptions passed to __aexit__, suppression, awaiting in exit."""
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self.name

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)  # cleanup may await
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress


async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("using", a, b)
    try:
        async with Resource("c"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    async with Resource("d", suppress=True):
        raise ValueError("swallowed")
    print("after swallow")
    # The inner item's exit sees the error first; suppressing it hides it from the outer.
    async with Resource("outer"), Resource("inner", suppress=True):
        raise OSError("inner handles it")
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
