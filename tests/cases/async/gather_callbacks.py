# asyncio.gather's per-child callback (native in corio): results in argument order,
# duplicates, first exception, return_exceptions, cancelled children, cancelling the
# gather, a child failing after the gather is done, plain futures and a Future subclass.
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def boom(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


class MyFuture(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print('MyFuture.add_done_callback', type(fn).__name__ in ('function', '_GatherState'))
        super().add_done_callback(fn)


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather(value(1), value(2, 0.01), value(3)))
    c = value('same')
    t = asyncio.ensure_future(c)
    print(await asyncio.gather(t, t, value('x')))
    print(await asyncio.gather())

    try:
        await asyncio.gather(value(1), boom('first', 0.01), boom('second', 0.02))
    except ValueError as e:
        print('raised', e)
    await asyncio.sleep(0.05)

    r = await asyncio.gather(value(1), boom('kept'), value(3), return_exceptions=True)
    print([type(x).__name__ + ':' + str(x) for x in r])

    t1 = asyncio.create_task(value('slow', 1))
    t2 = asyncio.create_task(value('fast'))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel('bye')
    r = await g
    print([type(x).__name__ + ':' + str(x) for x in r], repr(r[0]))

    t4 = asyncio.create_task(value('slow', 1))
    g = asyncio.gather(t4, return_exceptions=True)
    await asyncio.sleep(0)
    t4.cancel()
    print(repr((await g)[0]))

    t3 = asyncio.create_task(value('slow', 1))
    g = asyncio.gather(t3)
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled by child', repr(e))

    g = asyncio.gather(value('a', 1), value('b', 1))
    await asyncio.sleep(0)
    print('cancel', g.cancel('stop'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args)
    print(g.cancelled())

    f1 = loop.create_future()
    f2 = MyFuture()
    g = asyncio.gather(f1, f2)
    loop.call_soon(f1.set_result, 'f1')
    loop.call_soon(f2.set_result, 'f2')
    print(await g)

    f3 = loop.create_future()
    f4 = loop.create_future()
    g = asyncio.gather(f3, f4)
    f3.set_exception(KeyError('k'))
    try:
        await g
    except KeyError as e:
        print('KeyError', e)
    f4.set_exception(RuntimeError('late, retrieved by gather'))
    await asyncio.sleep(0)
    del f4
    print('done')


asyncio.run(main())
