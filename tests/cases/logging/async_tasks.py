# Logging from asyncio tasks: funcName is the coroutine, a Filter adds the current task's
# name to each record, LoggerAdapter carries per-task context, exceptions inside tasks are
# logged with their tracebacks, and asyncio's own reports go through the "asyncio" logger.
import asyncio
import logging
import sys


class TaskNameFilter(logging.Filter):
    """Adds record.task: the name of the asyncio task that logged (or '-')."""

    def filter(self, record):
        try:
            task = asyncio.current_task()
        except RuntimeError:
            task = None
        record.task = task.get_name() if task is not None else "-"
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(TaskNameFilter())
handler.setFormatter(logging.Formatter("%(task)-8s %(levelname)-7s %(name)s.%(funcName)s: %(message)s"))
logging.basicConfig(level=logging.DEBUG, handlers=[handler])
log = logging.getLogger("worker")

# asyncio logs on the "asyncio" logger; give it its own handler and format.
aio_handler = logging.StreamHandler(sys.stdout)
aio_handler.setFormatter(logging.Formatter("asyncio says (%(levelname)s): %(message)s"))
aio = logging.getLogger("asyncio")
aio.addHandler(aio_handler)
aio.propagate = False


async def work(n):
    log.debug("start %d", n)
    await asyncio.sleep(0.01 * n)
    if n == 3:
        raise ValueError("job %d failed" % n)
    log.info("done %d", n)
    return n * n


async def supervised(n):
    try:
        return await work(n)
    except ValueError:
        log.exception("job %d crashed", n)
        return None


class JobAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[job=%s] %s" % (self.extra["job"], msg), kwargs


async def with_context(job):
    jl = JobAdapter(logging.getLogger("jobs"), {"job": job})
    jl.info("queued")
    await asyncio.sleep(0)
    jl.warning("slow path taken")


async def main():
    log.info("main starts")
    tasks = [asyncio.create_task(supervised(n), name="job-%d" % n) for n in range(1, 5)]
    results = await asyncio.gather(*tasks)
    log.info("results %s", results)
    await asyncio.gather(*(asyncio.create_task(with_context(j), name="ctx-%s" % j) for j in "ab"))

    # An exception nobody retrieves is reported by asyncio on the "asyncio" logger.
    async def forgotten():
        raise RuntimeError("nobody awaited me")

    t = asyncio.create_task(forgotten(), name="forgotten")
    await asyncio.sleep(0)
    del t
    # So is anything passed to call_exception_handler.
    asyncio.get_running_loop().call_exception_handler({"message": "custom report", "job": 7})
    log.info("main ends")


log.info("before the loop")
asyncio.run(main())
log.info("after the loop")
