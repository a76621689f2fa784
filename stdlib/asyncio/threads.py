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


# CPython's docstrings of this module's API, which `__doc__` and `help()` show. They are set
# here, after the code, so that the line numbers of the frames above stay as they were.
to_thread.__doc__ = """Asynchronously run function *func* in a separate thread.

    Any *args and **kwargs supplied for this function are directly passed
    to *func*. Also, the current :class:`contextvars.Context` is propagated,
    allowing context variables from the main thread to be accessed in the
    separate thread.

    Return a coroutine that can be awaited to get the eventual result of *func*.
    """
