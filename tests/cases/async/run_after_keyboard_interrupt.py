# A coroutine that raises KeyboardInterrupt or SystemExit ends run_until_complete at once; the
# run's stop callback, still queued, must not stop the next run of the loop (CPython's
# _run_until_complete_cb), so asyncio.run can cancel the remaining tasks and they clean up.
import asyncio


async def worker(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(name, "cleaned up")
        raise


async def main(exc):
    asyncio.create_task(worker("worker"))
    await asyncio.sleep(0)
    raise exc


try:
    asyncio.run(main(KeyboardInterrupt))
except KeyboardInterrupt:
    print("interrupted")

try:
    asyncio.run(main(SystemExit(3)))
except SystemExit as e:
    print("exit", e.code)
