# asyncio.create_task and gather's argument loop run natively in corio when the loop and the
# arguments are the built-in ones; every other case must behave as CPython's script code:
# names, contexts, argument errors, task factories, duplicate arguments, futures of another
# loop, awaitables that are not coroutines, gather's own tasks dying pending, and the report
# of a gather future (a Future subclass) whose exception nobody retrieved.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')


async def value(v):
    await asyncio.sleep(0)
    return v


async def show_var():
    return var.get()


class MyFuture(asyncio.Future):
    pass


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'awaitable'


async def main():
    t = asyncio.create_task(value(1))
    print(t.get_name().startswith('Task-'), await t)
    t = asyncio.create_task(value(2), name='named')
    print(t.get_name(), await t)
    t = asyncio.create_task(coro=value(3), name=42)
    print(repr(t.get_name()), await t)
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    print(await asyncio.create_task(show_var(), context=ctx))
    for bad in [lambda: asyncio.create_task(), lambda: asyncio.create_task(value(0), 1),
                lambda: asyncio.create_task(value(0), nam='x'), lambda: asyncio.create_task(1)]:
        try:
            bad()
        except TypeError as e:
            print('TypeError', e)
    c = value(4)
    try:
        asyncio.create_task(c, coro=c)
    except TypeError as e:
        print('TypeError', e)
    c.close()

    # Duplicates: the same task, the same coroutine (one child task for both).
    t = asyncio.create_task(value('t'))
    c = value('c')
    print(await asyncio.gather(t, c, t, c, value('x')))
    # Not all coroutines or native futures: the script loop.
    print(await asyncio.gather(value('a'), Awaitable(), t))
    # A future of another loop.
    other = asyncio.new_event_loop()
    f = other.create_future()
    try:
        asyncio.gather(t, f)
    except ValueError as e:
        print('ValueError', e)
    try:
        asyncio.gather(Awaitable(), f)
    except ValueError as e:
        print('ValueError', e)
    try:
        asyncio.ensure_future(f, loop=asyncio.get_running_loop())
    except ValueError as e:
        print('ValueError', e)
    other.close()
    # A bad argument after good ones: the good ones already have their tasks.
    try:
        asyncio.gather(value('lost'), 5)
    except TypeError as e:
        print('TypeError', e)

    # A task factory sees the coroutines of create_task and gather.
    loop = asyncio.get_running_loop()

    def factory(loop, coro, **kw):
        print('factory', coro.__qualname__, sorted(kw))
        return asyncio.Task(coro, loop=loop, **kw)
    loop.set_task_factory(factory)
    print(await asyncio.create_task(value('f'), name='via factory'))
    print(await asyncio.create_task(show_var(), context=ctx))
    print(await asyncio.gather(value('g1'), value('g2')))
    loop.set_task_factory(None)

    # A Future subclass's unretrieved exception is reported under the subclass's name.
    f = MyFuture()
    f.set_exception(KeyError('x'))
    del f
    await asyncio.sleep(0)

    # gather's own tasks are not reported if they die pending; the user's are.
    never = loop.create_future()

    async def wait_forever():
        await never
    mine = asyncio.create_task(wait_forever(), name='mine')
    g = asyncio.gather(wait_forever(), mine)
    await asyncio.sleep(0)
    return g


g = asyncio.run(main())
print(g.cancelled(), g.done())
