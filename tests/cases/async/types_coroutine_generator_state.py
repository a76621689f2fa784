# inspect.getgeneratorstate()/getcoroutinestate() on what a @types.coroutine generator
# function returns, before, during and after it runs under a task.
import asyncio
import inspect
import types


@types.coroutine
def pause():
    yield


async def main():
    p = pause()
    print(inspect.getgeneratorstate(p), p.gi_suspended)
    await p
    print(inspect.getgeneratorstate(p), p.gi_suspended)
    q = pause()
    q.send(None)
    print(inspect.getgeneratorstate(q), q.gi_suspended)
    q.close()
    print(inspect.getgeneratorstate(q))


asyncio.run(main())
