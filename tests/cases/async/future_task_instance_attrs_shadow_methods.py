# A Future or Task has an instance dict: assigning a method's name (`fut.done = ...`) stores
# the value there and shadows the method until deleted; deleting it again says "no attribute".
# Getset fields (`_state`, `_loop`, `_coro`) stay read-only.
import asyncio


class MyFut(asyncio.Future):
    pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for name in ("done", "foo", "_state", "result", "_loop"):
        try:
            setattr(f, name, 1)
            print("set", name, getattr(f, name))
        except AttributeError as e:
            print(type(e).__name__, e)
    f.done = lambda: "patched"
    for _ in range(3):
        print(f.done(), getattr(f, "done")())
    del f.done
    print(f.done())
    try:
        del f.done
    except AttributeError as e:
        print(e)
    g = MyFut()
    g.done = lambda: "sub"
    print(g.done())
    del g.done
    print(g.done())
    t = asyncio.ensure_future(asyncio.sleep(0, "r"))
    for name in ("done", "foo", "cancel", "_coro"):
        try:
            setattr(t, name, 1)
            print("set", name)
        except AttributeError as e:
            print(type(e).__name__, e)
    del t.done, t.cancel
    t.result = lambda: "nope"
    print(t.result())
    del t.result
    print(await t, t.result(), t.done())
    f.set_result(1)


asyncio.run(main())
