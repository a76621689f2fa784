# athrow() on an exhausted/closed async generator completes with None (CPython 3.11), and
# asyncio.sleep() coroutines carry the cr_* attributes inspect relies on.
import asyncio
import inspect
import types


async def agen():
    yield 1
    yield 2


async def athrow_cases():
    g = agen()
    async for _ in g:
        pass
    print("exhausted athrow:", await g.athrow(KeyError))
    g = agen()
    await g.__anext__()
    await g.aclose()
    print("closed athrow:", await g.athrow(ValueError("v")))
    try:
        await g.asend(None)
    except StopAsyncIteration as e:
        print("closed asend:", repr(e))
    g = agen()
    await g.aclose()
    print("closed before start:", await g.athrow(ValueError, ValueError("x")))
    g = agen()
    await g.__anext__()
    try:
        await g.athrow(ValueError("first"))
    except ValueError as e:
        print("first athrow raised", e)
    print("second athrow:", await g.athrow(ValueError("v")))
    a = agen().athrow(KeyError)
    try:
        a.send(None)
    except KeyError as e:
        print("unstarted generator gets the exception:", repr(e))
    g = agen()
    await g.aclose()
    try:
        g.athrow(KeyError).send(None)
    except StopIteration as e:
        print("sync send:", repr(e))


async def sleep_attrs():
    c = asyncio.sleep(0.01, "r")
    print(c.cr_running, c.cr_await, c.cr_origin, c.cr_suspended)
    print(c.cr_code.co_name, c.cr_code.co_qualname, type(c.cr_frame).__name__)
    print(c.cr_frame.f_lineno - c.cr_code.co_firstlineno, c.cr_frame.f_code is c.cr_code)
    print(inspect.getcoroutinestate(c), inspect.iscoroutine(c), asyncio.iscoroutine(c))
    print(isinstance(c, types.CoroutineType), inspect.isawaitable(c))
    print(sorted(inspect.getcoroutinelocals(c)))
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_suspended)
    print(c.cr_frame.f_lineno - c.cr_code.co_firstlineno)
    print(await t, c.cr_frame, c.cr_await, inspect.getcoroutinestate(c), c.cr_suspended)
    d = asyncio.sleep(0)
    print(inspect.getcoroutinestate(d))
    d.send(None)
    print(inspect.getcoroutinestate(d), d.cr_frame.f_lineno - d.cr_code.co_firstlineno)
    d.close()
    print(inspect.getcoroutinestate(d), d.cr_frame, inspect.getcoroutinelocals(d))
    q = asyncio.Queue()
    g = q.get()
    print(inspect.iscoroutine(g), isinstance(g, types.CoroutineType))
    g.close()


asyncio.run(athrow_cases())
asyncio.run(sleep_attrs())
