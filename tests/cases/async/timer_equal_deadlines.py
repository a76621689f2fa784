"""Timers with equal deadlines run in the order CPython's heapq leaves them (not scheduling
order); cancelled timers leave the heap as CPython's do (from the head each iteration, or all
at once when more than half of over 100 are cancelled), which shapes that order too."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []
    t = loop.time() + 0.01
    for i in range(8):
        loop.call_at(t, out.append, i)
    await asyncio.sleep(0.02)
    print("equal deadlines:", out)

    out.clear()
    t = loop.time() + 0.01
    hs = [loop.call_at(t, out.append, i) for i in range(10)]
    hs[0].cancel()
    hs[4].cancel()
    await asyncio.sleep(0.02)
    print("with cancelled:", out)

    out.clear()
    t = loop.time() + 0.01
    hs = [loop.call_at(t + (i % 3) * 0.001, out.append, i) for i in range(150)]
    for h in hs[::2]:
        h.cancel()
    for h in hs[1:60:4]:
        h.cancel()
    await asyncio.sleep(0)
    t2 = loop.time() + 0.001
    for i in range(5):
        loop.call_at(t2, out.append, 1000 + i)
    await asyncio.sleep(0.03)
    print("after purge:", out)

    out.clear()
    t = loop.time() + 0.005
    for i in range(6):
        loop.call_at(t, out.append, "a%d" % i)
        loop.call_at(t - 0.001, out.append, "b%d" % i)
    await asyncio.sleep(0.02)
    print("two deadlines:", out)


asyncio.run(main())
