# gather's per-child callback asks `outer.done()` each time a child finishes: after the
# gathering future is cancelled, later children must not touch it, and their exceptions are
# still marked retrieved (no "exception was never retrieved" report).
import asyncio


async def child(i, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"child {i}")
    return i


async def main():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append(ctx["message"]))

    g = asyncio.gather(child(1, 0), child(2, 0.01, True), child(3, 0.02))
    await asyncio.sleep(0.005)
    print("cancel:", g.cancel(), g.done())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

    g = asyncio.gather(child(1, 0.01, True), child(2, 0), child(3, 0.02, True))
    try:
        await g
    except ValueError as e:
        print("first error:", e, g.done())
    await asyncio.sleep(0.05)

    g = asyncio.gather(child(1, 0.01, True), child(2, 0), child(3, 0.005), return_exceptions=True)
    print([repr(r) for r in await g])

    f = loop.create_future()
    g = asyncio.gather(f, child(4, 0))
    loop.call_soon(f.set_result, "fut")
    print(await g, g.done(), g.cancelled())

    import gc
    gc.collect()
    print("handler saw:", seen)


asyncio.run(main())
