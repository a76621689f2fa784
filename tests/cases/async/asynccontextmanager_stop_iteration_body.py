# A StopIteration or StopAsyncIteration raised in the body of an @asynccontextmanager's
# 'async with' propagates as itself (the generator's RuntimeError wrapping it is dropped), as in
# CPython; other exceptions keep their traceback.
import asyncio, contextlib

@contextlib.asynccontextmanager
async def cm():
    yield

async def main():
    for exc in (StopAsyncIteration("a"), StopIteration("b"), RuntimeError("c"), KeyError("d")):
        try:
            async with cm():
                raise exc
        except BaseException as e:
            print(type(e).__name__, e, e is exc, e.__traceback__ is not None)
    @contextlib.asynccontextmanager
    async def reraiser():
        try:
            yield
        except KeyError as e:
            raise RuntimeError("converted") from e
    try:
        async with reraiser():
            raise KeyError("k")
    except RuntimeError as e:
        print(e, repr(e.__cause__))

asyncio.run(main())
