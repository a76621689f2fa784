# Task names made on demand, task wake-ups queued without handles, native Event.wait, and
# done-callback bookkeeping: everything here must print what CPython prints.
import asyncio
import re


def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(obj)))


async def waiter(ev, i, log):
    try:
        r = await ev.wait()
        log.append((i, 'woke', r))
        return i
    except asyncio.CancelledError:
        log.append((i, 'cancelled'))
        raise
    finally:
        log.append((i, 'finally'))


class MyEvent(asyncio.Event):
    async def wait(self):
        print('MyEvent.wait')
        return await super().wait()


async def named():
    await asyncio.sleep(0)


async def main():
    t1 = asyncio.create_task(named())
    t2 = asyncio.create_task(named(), name='custom')
    t3 = asyncio.create_task(named())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    print(t1.get_name() is t1.get_name())
    print(repr(t3))
    t3.set_name(42)
    print(repr(t3.get_name()))
    await asyncio.gather(t1, t2, t3)
    print(repr(t1))

    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, i, log)) for i in range(4)]
    await asyncio.sleep(0)
    show(ev)
    print(tasks[0])
    tasks[1].cancel()
    tasks[2].cancel('why')
    await asyncio.sleep(0)
    show(ev)
    print(tasks[1].cancelled(), tasks[2].cancelled())
    try:
        tasks[2].result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    ev.set()
    show(ev)
    print(await ev.wait())
    rest = await asyncio.gather(tasks[0], tasks[3])
    print(rest, log)
    ev.clear()
    print(await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, 'x')), 1))

    # A waiter cancelled after the event was set but before it woke.
    ev2 = asyncio.Event()
    w = asyncio.create_task(ev2.wait())
    await asyncio.sleep(0)
    ev2.set()
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('w cancelled', ev2._waiters)
    print(len(ev2._waiters))

    me = MyEvent()
    mt = asyncio.create_task(me.wait())
    await asyncio.sleep(0)
    me.set()
    print(await mt)

    # done callbacks: order, removal, a task's wake-up among them
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []
    def cb1(f): order.append('cb1')
    def cb2(f): order.append('cb2')
    fut.add_done_callback(cb1)
    fut.add_done_callback(cb2)
    fut.add_done_callback(cb1)
    async def await_it():
        v = await fut
        order.append(('task', v))
    at = asyncio.create_task(await_it())
    await asyncio.sleep(0)
    print(fut)
    print(fut.remove_done_callback(cb1))
    print(fut)
    fut.set_result(7)
    await at
    print(order)

    fut2 = loop.create_future()
    fut2.add_done_callback(cb2)
    print(fut2.remove_done_callback(cb2), fut2)
    fut2.cancel('m')
    await asyncio.sleep(0)
    print(fut2.cancelled())

asyncio.run(main())
