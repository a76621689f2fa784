# The native coroutines behind asyncio.sleep() and the Queue/Lock/Event methods carry the
# __name__ and __qualname__ of CPython's coroutine functions.
import asyncio
async def main():
    q = asyncio.Queue(); lock = asyncio.Lock(); ev = asyncio.Event()
    for c in (asyncio.sleep(1), asyncio.sleep(0), q.get(), q.put(1), lock.acquire(), ev.wait(), lock.__aenter__()):
        print(type(c).__name__, c.__name__, c.__qualname__)
        c.close()
asyncio.run(main())
