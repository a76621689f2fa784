# The running loop counts as an asyncio.AbstractEventLoop and BaseEventLoop, servers are asyncio.AbstractServer
# instances of asyncio.base_events.Server, usable with `async with`.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.SelectorEventLoop))
    print(issubclass(type(loop), asyncio.AbstractEventLoop), isinstance(5, asyncio.AbstractEventLoop))
    print(isinstance(loop, asyncio.BaseEventLoop), asyncio.BaseEventLoop,
          issubclass(asyncio.BaseEventLoop, asyncio.AbstractEventLoop))
    print(isinstance(asyncio.current_task(), asyncio.Future), asyncio.isfuture(loop.create_future()))
    s = await asyncio.start_server(lambda r, w: None, '127.0.0.1', 0)
    print(type(s), isinstance(s, asyncio.AbstractServer), s.get_loop() is loop)
    s.close()
    await s.wait_closed()
    async with await asyncio.start_server(lambda r, w: None, '127.0.0.1', 0) as s2:
        print(s2.is_serving())
    print(s2.is_serving())
    s3 = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0)
    print(type(s3).__name__, isinstance(s3, asyncio.AbstractServer))
    s3.close()
    await s3.wait_closed()


asyncio.run(main())
