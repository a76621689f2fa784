"""asyncio.run closes async generators left suspended (shutdown_asyncgens).

A generator abandoned mid-iteration is still suspended inside its try block
when main() returns. asyncio.run aclose()s it before closing the loop, so its
finally block runs, and may even await.
"""
import asyncio


async def ticks(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{name}: finally")
        await asyncio.sleep(0)
        print(f"{name}: cleanup awaited")


held = []


async def main():
    # Only one abandoned generator: CPython keeps them in a WeakSet, whose
    # iteration order (and so the closing order) depends on addresses.
    g = ticks("abandoned")
    held.append(g)  # keep it alive, so only shutdown can close it
    async for x in g:
        if x == 1:
            break
    done = ticks("exhausted")
    held.append(done)
    print([x async for x in done][:2])
    held.append(ticks("never iterated"))
    print("main returns")


asyncio.run(main())
print("after asyncio.run")
