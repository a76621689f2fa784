# States crossing between concurrent.futures and asyncio futures (run_coroutine_threadsafe,
# wrap_future, run_in_executor) convert the exact CancelledError/TimeoutError/
# InvalidStateError classes as CPython's futures._convert_future_exc: a fresh instance,
# without the original's cause or traceback.
import asyncio
import concurrent.futures
import threading


async def slow_inner():
    await asyncio.sleep(1)


async def kind_of_failure(kind):
    await asyncio.sleep(0.001)
    if kind == "wait_for":
        await asyncio.wait_for(slow_inner(), 0.001)
    if kind == "timeout":
        raise TimeoutError("plain timeout")
    if kind == "cancel":
        raise asyncio.CancelledError("stop")
    if kind == "state":
        raise asyncio.InvalidStateError("bad state")
    if kind == "value":
        raise ValueError("v")
    return kind


def from_thread(loop, kind):
    fut = asyncio.run_coroutine_threadsafe(kind_of_failure(kind), loop)
    try:
        return ("ok", fut.result())
    except BaseException as e:
        return (type(e).__module__, type(e).__name__, e.args, e.__cause__ is None,
                e.__context__ is None, fut.cancelled())


def raise_in_pool(kind):
    if kind == "timeout":
        raise TimeoutError("pool timeout")
    if kind == "cf-cancel":
        raise concurrent.futures.CancelledError("pool cancel")
    raise KeyError(kind)


async def main():
    loop = asyncio.get_running_loop()
    for kind in ["ok", "wait_for", "timeout", "cancel", "state", "value"]:
        print(kind, await loop.run_in_executor(None, from_thread, loop, kind))

    for kind in ["timeout", "cf-cancel", "key"]:
        try:
            await loop.run_in_executor(None, raise_in_pool, kind)
        except BaseException as e:
            print("executor", kind, type(e).__module__, type(e).__name__, e.args)

    for exc in [concurrent.futures.CancelledError("cf"), concurrent.futures.InvalidStateError("is"),
                concurrent.futures.TimeoutError("to"), OSError("os")]:
        cf = concurrent.futures.Future()
        af = asyncio.wrap_future(cf)
        threading.Thread(target=cf.set_exception, args=(exc,)).start()
        try:
            await af
        except BaseException as e:
            print("wrap_future", type(e).__module__, type(e).__name__, e.args, e is exc)

    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    cf.cancel()
    try:
        await af
    except asyncio.CancelledError as e:
        print("cancelled concurrent future ->", type(e).__module__, af.cancelled())


asyncio.run(main())
