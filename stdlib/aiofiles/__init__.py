"""aiofiles: file I/O for asyncio. As in the real aiofiles package, every blocking call (open,
read, write, seek, close, ...) runs in the loop's default thread pool
(`loop.run_in_executor`), so the event loop keeps running other tasks meanwhile."""

import asyncio
import functools

__all__ = ('open', 'stdin', 'stdout', 'stderr')

_builtin_open = open


async def _run(loop, executor, func, *args, **kwargs):
    if loop is None:
        loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, functools.partial(func, *args, **kwargs))


def _delegate_to_executor(name):
    async def method(self, *args, **kwargs):
        return await _run(self._loop, self._executor, getattr(self._file, name), *args, **kwargs)
    method.__name__ = name
    return method


def _proxy_property(name):
    return property(lambda self: getattr(self._file, name))


class AsyncBase:
    """An open file whose methods are coroutines run in a thread pool."""

    def __init__(self, file, loop, executor):
        self._file = file
        self._loop = loop
        self._executor = executor

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line:
            return line
        raise StopAsyncIteration

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    name = _proxy_property('name')
    mode = _proxy_property('mode')
    closed = _proxy_property('closed')

    close = _delegate_to_executor('close')
    flush = _delegate_to_executor('flush')
    read = _delegate_to_executor('read')
    readline = _delegate_to_executor('readline')
    readlines = _delegate_to_executor('readlines')
    write = _delegate_to_executor('write')
    writelines = _delegate_to_executor('writelines')
    seek = _delegate_to_executor('seek')
    tell = _delegate_to_executor('tell')
    readable = _delegate_to_executor('readable')
    writable = _delegate_to_executor('writable')
    seekable = _delegate_to_executor('seekable')
    isatty = _delegate_to_executor('isatty')

    def fileno(self):
        return self._file.fileno()


class AsyncTextIOWrapper(AsyncBase):
    encoding = _proxy_property('encoding')


class AsyncBufferedReader(AsyncBase):
    pass


class AsyncBufferedIOBase(AsyncBase):
    pass


class AiofilesContextManager:
    """What `aiofiles.open()` returns: await it for the file, or use it with `async with`,
    which closes the file on exit."""

    def __init__(self, coro):
        self._coro = coro
        self._obj = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._obj = await self._coro
        return self._obj

    async def __aexit__(self, exc_type, exc, tb):
        await self._obj.close()
        self._obj = None


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None, *, loop=None, executor=None):
    """Open `file` in a worker thread; see the module docstring."""
    return AiofilesContextManager(_open(file, mode, encoding, newline, loop, executor))


async def _open(file, mode, encoding, newline, loop, executor):
    if loop is None:
        loop = asyncio.get_running_loop()
    f = await _run(loop, executor, _builtin_open, file, mode, encoding=encoding, newline=newline)
    if 'b' not in mode:
        return AsyncTextIOWrapper(f, loop, executor)
    if 'r' in mode and '+' not in mode:
        return AsyncBufferedReader(f, loop, executor)
    return AsyncBufferedIOBase(f, loop, executor)
