"""yarl: the URL class aiohttp's responses use (implemented in aiohttp.url)."""

from aiohttp.url import URL

__all__ = ('URL',)
