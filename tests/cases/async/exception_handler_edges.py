"""loop.set_exception_handler argument check and default handler context formatting."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    print(loop.get_exception_handler())
    loop.call_exception_handler({"message": "with extra", "foo": 1, "bar": "x"})
    f = loop.create_future()
    loop.call_exception_handler({"message": "with future", "future": f})
    f.cancel()

    def handler(loop, ctx):
        print("custom:", ctx["message"])
        loop.default_exception_handler(ctx)

    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "via custom"})
    h = loop.call_soon(None)  # not checked until it runs (no debug mode)
    h.cancel()
    print(repr(h))
    await asyncio.sleep(0)
    loop.set_exception_handler(None)


asyncio.run(main())
