# The attributes CPython's Handle and TimerHandle keep in slots (_callback, _args, _cancelled,
# _context, _loop, _when, _scheduled...) are readable, on the loop's handles and on handles
# the script makes; a misspelt one gets CPython's "Did you mean" hint when uncaught.
import asyncio
import contextvars


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(print, "x", "y")
    print(h._callback, h._args, h._cancelled, type(h._context).__name__, h._loop is loop, h._source_traceback, h._repr)
    t = loop.call_later(5, print)
    print(t._when == t.when(), t._scheduled, t._callback, t._args)
    t.cancel()
    print(t._cancelled, t._callback, t._args, t._scheduled)
    await asyncio.sleep(0)
    print(h._callback, h._args)
    ctx = contextvars.copy_context()
    h2 = loop.call_soon(print, context=ctx)
    print(h2._context is ctx)
    h2.cancel()
    h3 = asyncio.Handle(print, (1,), loop)
    print(h3._loop is loop, h3._args, h3._cancelled)
    h3.cancel()
    print(h3._cancelled, h3._callback)
    t2 = asyncio.TimerHandle(12.5, print, (), loop)
    print(t2._when, t2._scheduled, t2 < asyncio.TimerHandle(13, print, (), loop))
    await asyncio.sleep(0)
    try:
        h._contxt
    except AttributeError as e:
        print(e)


asyncio.run(main())
loop = asyncio.new_event_loop()
handle = loop.call_soon(print)
loop.close()
handle._contxt
