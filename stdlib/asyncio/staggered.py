"""`staggered_race`: start coroutines one after another, each `delay` seconds after the
previous one (or as soon as it fails), and keep the first that succeeds (CPython 3.11's
semantics, which its happy-eyeballs connect uses)."""

__all__ = 'staggered_race',

from . import events
from . import exceptions as exceptions_mod
from . import locks
from . import tasks


async def staggered_race(coro_fns, delay, *, loop=None):
    loop = loop or events.get_running_loop()
    numbered = enumerate(coro_fns)
    winner_result = None
    winner_index = None
    exceptions = []
    running_tasks = []

    async def run_one_coro(previous_failed):
        if previous_failed is not None:
            try:
                await tasks.wait_for(previous_failed.wait(), delay)
            except exceptions_mod.TimeoutError:
                pass
        try:
            index, coro_fn = next(numbered)
        except StopIteration:
            return
        failed = locks.Event()
        running_tasks.append(loop.create_task(run_one_coro(failed)))
        exceptions.append(None)
        try:
            result = await coro_fn()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as e:
            exceptions[index] = e
            failed.set()
        else:
            nonlocal winner_index, winner_result
            winner_index, winner_result = index, result
            # The first success wins: the others are cancelled.
            for i, t in enumerate(running_tasks):
                if i != index:
                    t.cancel()

    running_tasks.append(loop.create_task(run_one_coro(None)))
    try:
        done_count = 0
        while done_count != len(running_tasks):
            done, _ = await tasks.wait(running_tasks)
            done_count = len(done)
            for d in done:
                if d.done() and not d.cancelled() and d.exception():
                    raise d.exception()
        return winner_result, winner_index, exceptions
    finally:
        for t in running_tasks:
            t.cancel()
