"""asyncio.to_thread: run a blocking function in the loop's default thread pool."""

from . import events

__all__ = ("to_thread",)


async def to_thread(func, /, *args, **kwargs):
    """Run `func(*args, **kwargs)` in a separate thread and return its result; other tasks keep
    running meanwhile."""
    import functools  # not at module level: most scripts never call to_thread
    import contextvars
    loop = events.get_running_loop()
    # As CPython: the function sees a copy of the caller's context variables.
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
