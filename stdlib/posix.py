"""posix: the operating-system primitives `os` re-exports (CPython's C module of that name).

corio's primitives live in the native `_os` module, whose functions report `posix` as their
`__module__` as CPython's do; this module makes that name importable, so `import posix` and
pickling a primitive by reference (`multiprocessing.Process(target=os._exit)`) find them."""

import _os
import os as _os_module

# Names CPython's os.py defines in Python itself (posix lacks them) and os's own modules.
_OS_ONLY = frozenset((
    'abc', 'sys', 'st', 'path', 'name', 'linesep', 'walk', 'fwalk', 'makedirs', 'removedirs',
    'renames', 'getenv', 'getenvb', 'popen', 'fdopen', 'fsencode', 'fsdecode', 'get_exec_path',
    'PathLike', 'Mapping', 'MutableMapping', 'GenericAlias', 'supports_bytes_environ',
    'environ', 'environb', 'curdir', 'pardir', 'sep', 'altsep', 'extsep', 'pathsep', 'defpath',
    'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
))


def _export():
    namespace = globals()
    for source in (_os_module, _os):
        for key, value in vars(source).items():
            if key.startswith('__') or key in _OS_ONLY or type(value) is type(_os):
                continue
            if key.startswith('_') and key != '_exit':
                continue
            namespace[key] = value


_export()
del _export, _os_module
