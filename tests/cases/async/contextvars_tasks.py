# contextvars under asyncio: every task runs in its own copy of the context.
import asyncio
import contextvars
import threading

request_id = contextvars.ContextVar('request_id', default='-')
user = contextvars.ContextVar('user')


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def child(tag):
    log(f"child {tag} sees parent's value")
    request_id.set(f"{request_id.get()}/{tag}")
    await asyncio.sleep(0)
    log(f"child {tag} after its own set")


async def handle(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    log("handling")
    t = asyncio.create_task(child('c'))
    request_id.set(rid + '!')  # after the child was created: the child keeps the old value
    await t
    log("after child")
    return request_id.get()


def blocking(n):
    # to_thread copies the caller's context into the worker thread.
    return f"{request_id.get()} in thread x{n} ({threading.current_thread() is threading.main_thread()})"


def plain_executor():
    # run_in_executor does not copy the context: the worker thread's own (empty) one.
    return request_id.get()


async def main():
    log("main start")
    results = await asyncio.gather(handle('r1', 0.02), handle('r2', 0.01), handle('r3', 0))
    print(results)
    log("main: tasks' sets are not visible here")

    request_id.set('main')
    print(await asyncio.to_thread(blocking, 3))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, plain_executor))

    # call_soon / call_later with context=: the callback runs inside that context.
    ctx = contextvars.Context()
    ctx.run(request_id.set, 'in-ctx')
    done = loop.create_future()

    def cb(tag):
        log(f"callback {tag}")
        user.set(tag)

    loop.call_soon(cb, 'soon', context=ctx)
    loop.call_soon(cb, 'copied')  # a copy of the current context, taken now
    request_id.set('changed-after-scheduling')
    loop.call_later(0.001, cb, 'later', context=ctx)
    loop.call_soon(done.set_result, None)
    await done
    await asyncio.sleep(0.01)
    print("user in ctx:", ctx[user], "| in main:", user.get('unset'))

    # create_task(context=...): the task's sets land in that context.
    ctx2 = contextvars.copy_context()

    async def setter():
        request_id.set('from-task')
        user.set('alice')

    await asyncio.create_task(setter(), context=ctx2)
    print("ctx2:", ctx2[request_id], ctx2[user], "| main:", request_id.get())

    # A task created inside a context run sees that context's snapshot.
    async def reader():
        return request_id.get()

    t = ctx2.run(asyncio.create_task, reader())
    print("task created in ctx2.run:", await t)

    # Two tasks may not run in the same context at once; sharing one sequentially is fine.
    shared = contextvars.Context()

    async def bump():
        user.set(user.get('') + 'x')

    await asyncio.create_task(bump(), context=shared)
    await asyncio.create_task(bump(), context=shared)
    print("shared:", shared[user])

    # TaskGroup.create_task(context=...)
    ctx3 = contextvars.Context()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(setter(), context=ctx3)
    print("ctx3:", sorted(v for v in ctx3.values()))

    # a ContextVar.reset inside a task, across an await
    async def reset_later():
        tok = request_id.set('temp')
        await asyncio.sleep(0)
        request_id.reset(tok)
        return request_id.get()

    print("reset across await:", await asyncio.create_task(reset_later()))


asyncio.run(main())
log("top level after asyncio.run")

# asyncio.run(..., context=) is not in 3.11's asyncio.run, but Runner.run has it.
with asyncio.Runner() as runner:
    rctx = contextvars.Context()

    async def in_runner():
        request_id.set('runner')

    runner.run(in_runner(), context=rctx)
    print("runner ctx:", rctx[request_id], "| top:", request_id.get())
