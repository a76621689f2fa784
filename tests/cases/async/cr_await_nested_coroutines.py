# A coroutine awaited by another keeps its frame in the awaiting coroutine's chain while
# suspended; CPython still shows it whole: its cr_frame at the line it waits on, with its
# locals, its own cr_await (down to the future or the sleep coroutine), cr_suspended. The
# same for a coroutine driven by hand with send(), an async generator's ag_await, and a
# generator's gi_yieldfrom; and for the coroutines of Event.wait / Queue.get.
import asyncio
import inspect


async def leaf(fut):
    x = 1
    await fut
    return x


async def middle(fut):
    y = 2
    r = await leaf(fut)
    return r + y


async def top(fut):
    return await middle(fut)


async def napping():
    await asyncio.sleep(0.01)


async def outer_nap():
    await napping()


def walk(c):
    out = []
    while c is not None:
        fr = getattr(c, "cr_frame", None)
        name = getattr(c, "__qualname__", None)
        out.append((type(c).__name__, name, fr.f_lineno if fr else None, sorted(fr.f_locals) if fr else None))
        c = getattr(c, "cr_await", None)
    return out


def inner_gen():
    a = 1
    yield 1
    yield 2


def outer_gen():
    yield from inner_gen()


async def deep(ev):
    await ev.wait()


async def agen(ev):
    await deep(ev)
    yield 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    c = top(fut)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    for row in walk(c):
        print(row)
    m = c.cr_await
    print(m.cr_running, m.cr_suspended, m.cr_await.cr_running, m.cr_await.cr_suspended)
    fut.set_result(None)
    print(await t)
    print(walk(c), m.cr_await, m.cr_frame)

    nap = outer_nap()
    t = asyncio.create_task(nap)
    await asyncio.sleep(0)
    inner = nap.cr_await
    print(inner.__qualname__, inner.cr_frame.f_lineno, inner.cr_await.__qualname__, inner.cr_await.cr_frame.f_code.co_name)
    await t

    fut2 = loop.create_future()
    c2 = middle(fut2)
    print(c2.send(None) is fut2)
    print(type(c2.cr_await).__name__, c2.cr_await.cr_frame.f_lineno, c2.cr_await.cr_await is fut2)
    c2.close()

    ev = asyncio.Event()
    a = agen(ev)
    step = asyncio.ensure_future(a.__anext__())
    await asyncio.sleep(0)
    d = a.ag_await
    wait = d.cr_await
    print(d.__qualname__, d.cr_frame.f_lineno, wait.__qualname__, wait.cr_code.co_name, wait.cr_frame.f_locals["self"] is ev)
    print(wait.cr_suspended, wait.cr_running, type(wait.cr_await).__name__)
    ev.set()
    print(await step)
    await a.aclose()

    q = asyncio.Queue()
    get = q.get()
    print(inspect.getcoroutinestate(get), get.cr_frame.f_code.co_name, get.cr_code.co_qualname)
    step = asyncio.ensure_future(get)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(get), type(get.cr_await).__name__)
    q.put_nowait("item")
    print(await step, inspect.getcoroutinestate(get), get.cr_frame, get.cr_await)


g = outer_gen()
print(next(g))
sub = g.gi_yieldfrom
print(sub.__name__, sub.gi_frame.f_lineno, sub.gi_suspended, sub.gi_running)
print(next(g))
print(sub.gi_frame.f_lineno, sub.gi_frame.f_locals)
asyncio.run(main())
