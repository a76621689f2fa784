# Task and future reprs name the place in CPython's asyncio sources where an asyncio
# coroutine stands (to_thread, Queue.join, Barrier.wait, the Server and Process methods,
# open_connection, an awaitable wrapped by ensure_future) and the source of
# run_in_executor's chained-future callback; the asyncio directory is masked.
import asyncio
import re
import sys
import time


def show(label, obj):
    text = re.sub(r'/\S*/asyncio/', 'ASYNCIO/', repr(obj))
    text = re.sub(r'0x[0-9a-f]+', 'ADDR', text)
    print(label, text)


async def handle(reader, writer):
    writer.close()


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        yield from asyncio.sleep(0).__await__()
        return 'awaited'


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, time.sleep, 0.01)
    show('executor future', fut)
    await fut
    show('executor future', fut)

    wrapped = asyncio.ensure_future(Awaitable())
    show('wrapped', wrapped)
    await asyncio.sleep(0)
    show('wrapped', wrapped)
    print(await wrapped)
    show('wrapped', wrapped)

    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    q = asyncio.Queue()
    q.put_nowait(1)
    barrier = asyncio.Barrier(2)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', 'import time; time.sleep(5)', stdout=asyncio.subprocess.PIPE)
    tasks = {
        'to_thread': asyncio.create_task(asyncio.to_thread(time.sleep, 0.2)),
        'serve_forever': asyncio.create_task(server.serve_forever()),
        'join': asyncio.create_task(q.join()),
        'barrier': asyncio.create_task(barrier.wait()),
        'wait': asyncio.create_task(proc.wait()),
        'communicate': asyncio.create_task(proc.communicate()),
    }
    for name, t in tasks.items():
        show(name, t)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for name, t in tasks.items():
        show(name, t)
    await tasks['to_thread']
    show('to_thread', tasks['to_thread'])
    proc.kill()
    for t in tasks.values():
        t.cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    for name, t in tasks.items():
        show(name, t)
    server.close()
    await server.wait_closed()
    await proc.wait()


asyncio.run(main())
