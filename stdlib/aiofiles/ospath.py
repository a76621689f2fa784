"""aiofiles.os.path: os.path predicates run in the loop's default thread pool."""

import os.path as _path

from .os import wrap

exists = wrap(_path.exists)
isfile = wrap(_path.isfile)
isdir = wrap(_path.isdir)
islink = wrap(_path.islink)
getsize = wrap(_path.getsize)
getmtime = wrap(_path.getmtime)
abspath = wrap(_path.abspath)
