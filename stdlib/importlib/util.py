"""importlib.util: finding module specs and making modules from them."""

import sys
import types

from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader, _find_spec, _spec_for_file


def resolve_name(name, package):
    """An absolute module name for `name`, resolving a relative one against `package`."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec `import name` would use, or None when no module of that name exists.
    An imported module answers with its own `__spec__`; a submodule's parent is imported."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{fullname}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{fullname}.__spec__ is None')
        return spec
    parent = fullname.rpartition('.')[0]
    if parent:
        parent_module = __import__(parent, fromlist=['__path__'])
        try:
            parent_module.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f'__path__ attribute not found on {parent!r} while trying to find {fullname!r}',
                name=fullname) from e
    return _find_spec(fullname)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for loading module `name` from the file at `location`."""
    if location is None:
        return None
    location = str(location) if not isinstance(location, str) else location
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    is_package = submodule_search_locations is not None
    spec = ModuleSpec(name, loader, origin=location, is_package=is_package)
    spec.has_location = True
    if is_package:
        spec.submodule_search_locations = list(submodule_search_locations) or \
            [location.rpartition('/')[0]]
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module set up as `spec` describes, its body not run yet (the loader's
    `exec_module` does that)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module

