import asyncio, functools

async def work(x):
    await asyncio.sleep(0.01)
    return x

class Obj:
    def __repr__(self):
        return "Obj(" + "y" * 50 + ")"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work(list(range(20))), name="W")
    print(repr(t).split(" coro=")[0])
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0], "wait_for" in repr(t))
    await t
    print(repr(t).split(" coro=")[0], repr(t).split("> ")[-1])
    for v in ["a" * 31, "a" * 30, b"b" * 40, 10 ** 50, {"k%d" % i: i for i in range(6)}, {1, 2, 3, 4, 5, 6, 7}, (1,), (1, 2), [[[[[[[[1]]]]]]]], Obj(), 1.5, None, True, frozenset(), set(), {}, [], ()]:
        f = loop.create_future()
        f.set_result(v)
        print(repr(f))
    f = loop.create_future()
    f.add_done_callback(functools.partial(print, 1))
    f.add_done_callback(print)
    f.add_done_callback(lambda f: None)
    print(repr(f).split(" at ")[0])
    f.cancel()
    print(repr(f))
    t = asyncio.create_task(work(1), name="C")
    await asyncio.sleep(0)
    t.cancel("msg")
    print(repr(t).split(" coro=")[0])
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(repr(t))
    async def raiser():
        raise ValueError("x" * 60)
    t = asyncio.create_task(raiser())
    try:
        await t
    except ValueError:
        pass
    print(repr(t))
    h = loop.call_soon(print, "hi")
    print(repr(h))
    h.cancel()
    print(repr(h))
    th = loop.call_later(10, work, 1)
    print(repr(th).split(" when=")[0])
    th.cancel()

asyncio.run(main())
