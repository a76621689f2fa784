"""runpy: run a module (found on the import path) or a script file as code in a fresh
namespace, the way `python -m` and `python file.py` do, and return its globals."""

import io
import os
import sys
import types

__all__ = ["run_module", "run_path"]


class _Error(ImportError):
    pass


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Execute code in run_globals after setting the module attributes."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = getattr(mod_spec, 'cached', None)
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached,
                       __doc__=None, __loader__=loader, __package__=pkg_name,
                       __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """Run code in a temporary module that stands in sys.modules[mod_name], with
    sys.argv[0] set to the file, and return a copy of its globals."""
    fname = script_name if mod_spec is None else mod_spec.origin
    temp = types.ModuleType(mod_name)
    saved_module = sys.modules.get(mod_name, None)
    had_module = mod_name in sys.modules
    saved_argv0 = sys.argv[0] if sys.argv else None
    sys.modules[mod_name] = temp
    if sys.argv:
        sys.argv[0] = fname
    try:
        _run_code(code, temp.__dict__, init_globals, mod_name, mod_spec, pkg_name,
                  script_name)
        return temp.__dict__.copy()
    finally:
        if sys.argv:
            sys.argv[0] = saved_argv0
        if had_module:
            sys.modules[mod_name] = saved_module
        else:
            sys.modules.pop(mod_name, None)


def _get_module_details(mod_name, error=ImportError):
    import importlib.util
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            import warnings
            msg = ("{mod_name!r} found in sys.modules after import of package {pkg_name!r}, "
                   "but prior to execution of {mod_name!r}; this may result in "
                   "unpredictable behaviour".format(mod_name=mod_name, pkg_name=pkg_name))
            warnings.warn(RuntimeWarning(msg))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot " +
                         "be directly executed") % (e, mod_name))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    code = None
    if hasattr(loader, "get_code"):
        try:
            code = loader.get_code(mod_name)
        except ImportError as e:
            raise error(format(e)) from e
    if code is None:
        source = _module_source(spec)
        if source is None:
            raise error("No code object available for %s" % mod_name)
        code = compile(source, spec.origin, "exec")
    return mod_name, spec, code


def _module_source(spec):
    loader = spec.loader
    if hasattr(loader, "get_source"):
        return loader.get_source(spec.name)
    if spec.origin and os.path.isfile(spec.origin):
        with open(spec.origin, "rb") as f:
            return f.read()
    return None


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; returns its globals."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the code at the named file system location; returns its globals
    (a directory or zip file runs its __main__ module)."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    path_name = os.fsdecode(path_name)
    if os.path.isdir(path_name):
        sys.path.insert(0, path_name)
        # the running script is sys.modules['__main__']: set it aside while the
        # directory's own __main__ is looked up
        saved_main = sys.modules.pop("__main__", None)
        try:
            try:
                mod_name, mod_spec, code = _get_module_details("__main__")
            except ImportError as exc:
                if "__main__" in str(exc):
                    raise ImportError("can't find '__main__' module in %r" % path_name) \
                        from exc
                raise
            finally:
                if saved_main is not None:
                    sys.modules["__main__"] = saved_main
            return _run_module_code(code, init_globals, run_name, mod_spec, pkg_name,
                                    path_name)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    with io.open_code(path_name) if hasattr(io, "open_code") else open(path_name, "rb") as f:
        source = f.read()
    code = compile(source, path_name, "exec")
    return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name,
                            script_name=path_name)
