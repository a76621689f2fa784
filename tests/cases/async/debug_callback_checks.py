# In debug mode the scheduling methods refuse coroutines and coroutine functions ("coroutines
# cannot be used with call_soon()") before anything not callable; call_later reports itself
# as call_at, as CPython's does. Outside debug mode nothing is checked up front.
import asyncio


async def other():
    pass


async def main():
    loop = asyncio.get_running_loop()
    for meth, args in (("call_soon", ()), ("call_later", (0,)), ("call_at", (0,)),
                       ("call_soon_threadsafe", ())):
        for cb in (5, other, None, print):
            try:
                getattr(loop, meth)(*args, cb)
                print(meth, "accepted", getattr(cb, "__name__", cb))
            except TypeError as e:
                print(meth, "TypeError:", e)
    coro = other()
    try:
        loop.call_soon(coro)
    except TypeError as e:
        print("coroutine object:", e)
    coro.close()
    await asyncio.sleep(0.01)


loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.run_until_complete(main())
loop.close()
