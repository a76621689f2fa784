"""multidict: the multi-valued mappings aiohttp's headers use (implemented in aiohttp.multidict)."""

from aiohttp.multidict import MultiDict, CIMultiDict, MultiDictProxy, CIMultiDictProxy

__all__ = ('MultiDict', 'CIMultiDict', 'MultiDictProxy', 'CIMultiDictProxy')
