"""importlib.machinery: module specs and the loaders behind corio's imports.

corio finds modules itself (the directories of `sys.path`, then its embedded standard
library); these classes describe what it found in the shapes CPython's import system uses.
"""

import sys
import _imp

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What a finder found: a module's name, its loader and where it comes from."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            parts.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(parts)})'

    def __eq__(self, other):
        mine = (self.name, self.loader, self.origin, self.cached,
                self.submodule_search_locations, self.has_location)
        try:
            theirs = (other.name, other.loader, other.origin, other.cached,
                      other.submodule_search_locations, other.has_location)
        except AttributeError:
            return NotImplemented
        return mine == theirs

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)

    @property
    def cached(self):
        # CPython names the byte-code cache file next to a source file it loaded.
        if self._cached is None and self.origin is not None and self._set_fileattr:
            head, sep, tail = self.origin.rpartition('/')
            if tail.endswith('.py'):
                tag = f'cpython-{sys.version_info[0]}{sys.version_info[1]}'
                self._cached = f'{head}{sep}__pycache__/{tail[:-3]}.{tag}.pyc'
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value


def _read_source(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


class SourceFileLoader:
    """Loads a module from a `.py` file."""

    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        return _read_source(self.path)

    def is_package(self, fullname):
        return self.path.rpartition('/')[2] == '__init__.py'

    def create_module(self, spec):
        return None

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.path, 'exec')

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


class BuiltinImporter:
    """The loader of modules built into the interpreter (`sys`, `time`, `math`, ...)."""

    __module__ = '_frozen_importlib'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """The loader of the standard library modules embedded in the corio binary."""

    __module__ = '_frozen_importlib'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _imp._find_source(fullname)
        if found is None or not _imp.is_frozen(fullname):
            return None
        return ModuleSpec(fullname, cls, origin='frozen', is_package=found[1])

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        exec(_imp._frozen_source(module.__name__), module.__dict__)

    @classmethod
    def is_package(cls, fullname):
        found = _imp._find_source(fullname)
        return bool(found and found[1])


class PathFinder:
    """Finds modules in the directories of `sys.path`."""

    __module__ = '_frozen_importlib_external'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _imp._find_source(fullname)
        if found is None or _imp.is_frozen(fullname):
            return None
        return _spec_for_file(fullname, found[0], found[1])


def _spec_for_file(name, filename, is_package):
    spec = ModuleSpec(name, SourceFileLoader(name, filename), origin=filename, is_package=is_package)
    spec.has_location = True
    if is_package:
        spec.submodule_search_locations.append(filename.rpartition('/')[0])
    return spec


def _find_spec(fullname):
    """The spec of a module not imported yet, or None (what `importlib.util.find_spec` asks)."""
    for finder in (BuiltinImporter, FrozenImporter, PathFinder):
        spec = finder.find_spec(fullname)
        if spec is not None:
            return spec
    return None


def _spec_of_module(module):
    """A spec describing an already imported module that has none yet (corio fills
    `__spec__`/`__loader__` in on first use rather than at every import)."""
    name = module.__name__
    if _imp.is_builtin(name):
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if _imp.is_frozen(name):
        return ModuleSpec(name, FrozenImporter, origin='frozen', is_package=hasattr(module, '__path__'))
    filename = getattr(module, '__file__', None)
    if filename is None:
        return ModuleSpec(name, None)
    return _spec_for_file(name, filename, hasattr(module, '__path__'))


class FileFinder:
    """The finder of one directory of `sys.path` (CPython's path-hook finder), as pkgutil
    hands it out: its `path` and the modules and packages it holds."""

    def __init__(self, path, *loader_details):
        if not path or path == '.':
            import os
            path = os.getcwd()
        elif not path.startswith('/'):
            import os
            path = os.path.join(os.getcwd(), path)
        self.path = path

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def invalidate_caches(self):
        pass
