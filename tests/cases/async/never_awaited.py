# A coroutine collected before it ever ran warns on stderr, naming the line that dropped it;
# native coroutines (Queue.put, Lock.acquire, sleep) do too.
import asyncio


async def fetch():
    return 1


async def main():
    fetch()
    q = asyncio.Queue()
    q.put("never")
    print("queue still empty:", q.empty())
    lock = asyncio.Lock()
    lock.acquire()
    print("lock still free:", not lock.locked())
    await asyncio.sleep(0)


asyncio.run(main())
