# An async generator stepped by `async for` is suspended at its own yield; its methods
# (`__anext__`, `asend`, `athrow`, `aclose`), `ag_frame`, a later `async for`, and dropping it
# half-way must all see that one generator, as in CPython.
import asyncio
import inspect


async def ticks(name, n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print(f"{name} got {got!r}")
            await asyncio.sleep(0)
    except ValueError as e:
        print(f"{name} caught {e!r}")
        yield -1
    finally:
        print(f"{name} finally")


async def main():
    ag = ticks("a", 6)
    async for x in ag:
        print("async for", x)
        if x == 1:
            break
    print("frame line", ag.ag_frame.f_lineno, "running", ag.ag_running)
    print("anext:", await anext(ag))
    print("asend:", await ag.asend("hi"))
    print("athrow:", await ag.athrow(ValueError("v")))
    await ag.aclose()
    print("closed frame", ag.ag_frame)

    ag = ticks("b", 5)
    async for x in ag:
        if x == 2:
            break
    print("rest:", [x async for x in ag])

    ag = ticks("c", 5)
    async for x in ag:
        break
    print("dropping c")
    await ag.aclose()
    del ag

    ag = ticks("d", 3)
    print(await ag.__anext__(), inspect.isasyncgen(ag))
    async for x in ag:
        print("d continues", x)


asyncio.run(main())
print("done")
