"""Utilities to support packages (CPython's `pkgutil`): iter_modules and walk_packages over
directories (the modules a directory of sys.path holds; corio's embedded standard library
is not listed), get_importer, get_data, resolve_name and extend_path."""

from collections import namedtuple
import importlib
import importlib.util
import os
import os.path
import sys

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'read_code', 'extend_path',
    'ModuleInfo',
]

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def get_importer(path_item):
    """Retrieve a finder for the given path item (cached in sys.path_importer_cache)."""
    path_item = os.fsdecode(path_item)
    cache = getattr(sys, 'path_importer_cache', None)
    if cache is not None and path_item in cache and cache[path_item] is not None:
        return cache[path_item]
    from importlib.machinery import FileFinder
    finder = FileFinder(path_item)
    if cache is not None:
        cache[path_item] = finder
    return finder


def iter_importers(fullname=""):
    """Yield finders for the given module name: those of sys.path for a top-level name,
    else those of its package's __path__."""
    if fullname.startswith('.'):
        msg = "Relative module name {!r} not supported".format(fullname)
        raise ImportError(msg)
    if '.' in fullname:
        pkg_name = fullname.rpartition(".")[0]
        pkg = importlib.import_module(pkg_name)
        path = getattr(pkg, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        yield get_importer(item)


def _finder_modules(finder, prefix=''):
    # The modules and packages of a FileFinder's directory, sorted by file name so a
    # package comes before a module of the same name, as CPython's file walker.
    path = getattr(finder, 'path', None)
    if path is None or not os.path.isdir(path):
        return
    import inspect
    try:
        filenames = os.listdir(path)
    except OSError:
        filenames = []
    filenames.sort()
    yielded = {}
    for fn in filenames:
        modname = inspect.getmodulename(fn)
        if modname == '__init__' or modname in yielded:
            continue
        full = os.path.join(path, fn)
        ispkg = False
        if not modname and os.path.isdir(full) and '.' not in fn:
            modname = fn
            try:
                dircontents = os.listdir(full)
            except OSError:
                dircontents = []
            for sub in dircontents:
                if inspect.getmodulename(sub) == '__init__':
                    ispkg = True
                    break
            else:
                continue    # not a package
        if modname and '.' not in modname:
            yielded[modname] = 1
            yield prefix + modname, ispkg


def iter_modules(path=None, prefix=''):
    """Yields ModuleInfo for all submodules on path, or, if path is None, all top-level
    modules on sys.path."""
    if path is None:
        importers = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        importers = map(get_importer, path)
    yielded = {}
    for i in importers:
        if hasattr(i, 'iter_modules'):
            found = i.iter_modules(prefix)
        else:
            found = _finder_modules(i, prefix)
        for name, ispkg in found:
            if name not in yielded:
                yielded[name] = 1
                yield ModuleInfo(i, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """Yields ModuleInfo for all modules recursively on path, or, if path is None, all
    accessible modules; packages are imported to find their submodules."""

    def seen(p, m={}):
        if p in m:
            return True
        m[p] = True

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                path = getattr(sys.modules[info.name], '__path__', None) or []
                path = [p for p in path if not seen(p)]
                yield from walk_packages(path, info.name + '.', onerror)


def get_loader(module_or_name):
    """Get a "loader" object for module_or_name."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """Find a "loader" object for fullname."""
    if fullname.startswith('.'):
        msg = "Relative module name {!r} not supported".format(fullname)
        raise ImportError(msg)
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding loader for {!r} ({}: {})"
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """Extend a package's path: the directories of sys.path holding a subdirectory for
    the package are added to `path` (a list, returned as is otherwise)."""
    if not isinstance(path, list):
        return path
    sname_pkg = name.rpartition('.')[2]
    path = path[:]
    for dir in sys.path:
        if not isinstance(dir, str) or not os.path.isdir(dir):
            continue
        subdir = os.path.join(dir, sname_pkg)
        if os.path.isdir(subdir) and subdir not in path:
            path.append(subdir)
    return path


def get_data(package, resource):
    """Get a resource from a package: the bytes of `resource` (a '/'-separated path
    relative to the package's directory)."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    mod = sys.modules.get(package) or importlib.import_module(package)
    if mod is None or not getattr(mod, '__file__', None):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    resource_name = os.path.join(*parts)
    with open(resource_name, 'rb') as f:
        return f.read()


def read_code(stream):
    raise ValueError("corio does not read CPython bytecode")


_NAME_PATTERN = None


def resolve_name(name):
    """Resolve a name to an object: 'pkg.mod:attr.sub' (the part before the colon is
    imported) or a dotted name, imported as far as it goes then looked up as attributes."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted_words = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted_words})'
                                   f'(?P<cln>:(?P<obj>{dotted_words})?)?$',
                                   re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    gd = m.groupdict()
    if gd.get('cln'):
        mod = importlib.import_module(gd['pkg'])
        parts = gd.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result
