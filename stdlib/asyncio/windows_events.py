"""CPython's asyncio.windows_events is for Windows only: importing it elsewhere fails as there."""

import sys

if sys.platform != 'win32':  # pragma: no branch
    raise ImportError('win32 only')
