"""aiofiles.os: os functions run in the loop's default thread pool."""

import asyncio
import functools
import os as _os

__all__ = ('remove', 'unlink', 'rename', 'mkdir', 'makedirs', 'rmdir', 'listdir', 'getcwd',
           'wrap', 'path')


def wrap(func):
    """Make a coroutine function that runs `func` in an executor."""
    async def run(*args, loop=None, executor=None, **kwargs):
        if loop is None:
            loop = asyncio.get_running_loop()
        return await loop.run_in_executor(executor, functools.partial(func, *args, **kwargs))
    run.__name__ = getattr(func, '__name__', 'run')
    return run


remove = wrap(_os.remove)
unlink = wrap(_os.unlink)
rename = wrap(_os.rename)
mkdir = wrap(_os.mkdir)
makedirs = wrap(_os.makedirs)
rmdir = wrap(_os.rmdir)
listdir = wrap(_os.listdir)
getcwd = wrap(_os.getcwd)

from . import ospath as path  # noqa: E402 (ospath uses wrap)
