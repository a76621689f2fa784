"""A stand-in for the third-party `aiofiles` package, used only when the reference python3
that tests/programs.rs compares against does not have it installed (corio has its own
aiofiles). It behaves like aiofiles for what aiofiles_rw.py uses."""

import asyncio
import functools


class _File:
    def __init__(self, f):
        self._file = f

    def __getattr__(self, name):
        attr = getattr(self._file, name)
        if name in ('name', 'mode', 'closed', 'encoding'):
            return attr

        async def method(*args, **kwargs):
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(None, functools.partial(attr, *args, **kwargs))
        return method

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line:
            return line
        raise StopAsyncIteration


class _Opener:
    def __init__(self, args, kwargs):
        self._coro = self._open(args, kwargs)

    async def _open(self, args, kwargs):
        loop = asyncio.get_running_loop()
        f = await loop.run_in_executor(None, functools.partial(open, *args, **kwargs))
        return _File(f)

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._f = await self._coro
        return self._f

    async def __aexit__(self, *exc):
        await self._f.close()


def open_(*args, **kwargs):
    return _Opener(args, kwargs)
