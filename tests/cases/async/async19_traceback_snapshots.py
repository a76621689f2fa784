# Traceback objects are snapshots, as CPython's immutable tb links: frames an exception passes
# through later (thrown into a generator by a context manager's __exit__/__aexit__, re-raised
# elsewhere) never show through a traceback taken before. A future gives its exception back
# with the traceback it had when set only once (C _asyncio's fut_exception_tb), so awaiting a
# failed task a second time shows the second awaiter's frame alone.
import asyncio
import contextlib
import traceback


def names(tb):
    return [f.name for f in traceback.extract_tb(tb)]


@contextlib.contextmanager
def sync_cm():
    yield


@contextlib.asynccontextmanager
async def async_cm(label):
    try:
        yield label
    finally:
        print("closing", label)


def gen():
    yield


def f():
    raise ValueError("x")


def throw_into_generator():
    try:
        f()
    except ValueError as e:
        tb = e.__traceback__
        g = gen()
        next(g)
        try:
            g.throw(type(e), e, tb)
        except ValueError as e2:
            print("same exception:", e2 is e, "same tb:", e2.__traceback__ is tb)
            print("old tb:", names(tb), "new tb:", names(e2.__traceback__))
            e2.__traceback__ = tb
            print("restored:", names(e2.__traceback__))
            print("with_traceback:", names(e2.with_traceback(tb.tb_next).__traceback__))


def sync_with():
    with sync_cm():
        raise KeyError("sync")


async def fail():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def waiter(t, n):
    try:
        await t
    except ValueError as e:
        print(n, names(e.__traceback__))


async def main():
    throw_into_generator()
    try:
        sync_with()
    except KeyError as e:
        print("sync with:", names(e.__traceback__))
    try:
        async with async_cm("db"):
            raise KeyError("async")
    except KeyError as e:
        print("async with:", names(e.__traceback__))
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    print("exception():", names(t.exception().__traceback__))
    await waiter(t, "first await:")
    await waiter(t, "second await:")
    try:
        t.result()
    except ValueError as e:
        print("result():", names(e.__traceback__))
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("k"))
    for i in range(2):
        try:
            await fut
        except KeyError as e:
            print("future await", i, names(e.__traceback__))
    try:
        await asyncio.gather(fail(), fail())
    except ValueError as e:
        print("gather:", names(e.__traceback__))
    async with async_cm("final"):
        await waiter(asyncio.ensure_future(fail()), "ensure_future:")
    try:
        await t
    except ValueError:
        traceback.print_exc()


asyncio.run(main())
