"""importlib: the import system as functions (`import_module`, `reload`); specs and loaders
are in `importlib.util` and `importlib.machinery`."""

import sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module by name; `.mod` names are resolved against `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    """Run an imported module's source again in its existing namespace."""
    import types
    if not isinstance(module, types.ModuleType):
        raise TypeError('reload() argument must be a module')
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    from importlib.machinery import _find_spec
    spec = _find_spec(name)
    if spec is None:
        raise ModuleNotFoundError(f'spec not found for the module {name!r}', name=name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    spec.loader.exec_module(module)
    return sys.modules[name]
