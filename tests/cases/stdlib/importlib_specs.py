# Imports through a sys.path entry a script adds, importlib.util's spec functions, loading a
# module from a file by path, reload, and module __spec__/__loader__.
import importlib
import importlib.util
import os
import sys

sys.dont_write_bytecode = True  # python3 runs this too: leave no __pycache__ behind

here = os.path.dirname(os.path.abspath(__file__))
plugin_dir = os.path.join(here, "importlib_specs_plugins")
sys.path.insert(0, plugin_dir)

import greeter
import plugpkg

print(greeter.greet("corio"), plugpkg.shout("hey"))
print(greeter.__spec__.name, greeter.__spec__.origin == greeter.__file__, greeter.__spec__.parent == "")
print(type(greeter.__loader__).__name__, greeter.__spec__.has_location)
print(plugpkg.__spec__.submodule_search_locations == [os.path.join(plugin_dir, "plugpkg")])
print(plugpkg.__spec__.parent, plugpkg.helpers.__spec__.parent)

spec = importlib.util.find_spec("greeter")
print(spec is greeter.__spec__, spec.name)
spec = importlib.util.find_spec("plugpkg.helpers")
print(spec.name, spec.origin.endswith(os.path.join("plugpkg", "helpers.py")))
print(importlib.util.find_spec("no_such_module_here"))
print(importlib.util.find_spec("plugpkg.missing"))
print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("sys").loader.__name__)
try:
    importlib.util.find_spec("greeter.sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    importlib.util.find_spec(".x")
except ImportError as e:
    print("ImportError:", e)
print(importlib.util.resolve_name(".helpers", "plugpkg"))

# Load a module from a path without putting it in sys.modules.
path = os.path.join(plugin_dir, "greeter.py")
spec = importlib.util.spec_from_file_location("loaded_greeter", path)
print(repr(spec).startswith("ModuleSpec(name='loaded_greeter', loader=<_frozen_importlib_external.SourceFileLoader object at "))
module = importlib.util.module_from_spec(spec)
print(sorted(k for k in vars(module) if k.startswith("__")))
spec.loader.exec_module(module)
print(module.greet("path"), module.__name__, "loaded_greeter" in sys.modules)
print(importlib.util.spec_from_file_location("x", "data.txt"))

# reload runs the source again in the same namespace.
greeter.GREETING = "changed"
print(greeter.greet("a"))
again = importlib.reload(greeter)
print(again is greeter, greeter.greet("b"))
try:
    importlib.reload(42)
except TypeError as e:
    print("TypeError:", e)

from importlib.machinery import ModuleSpec
print(ModuleSpec("a.b", None), ModuleSpec("a.b", None, is_package=True).parent)
print(ModuleSpec("a", None) == ModuleSpec("a", None), ModuleSpec("a", None) == ModuleSpec("b", None))
sys.path.remove(plugin_dir)
