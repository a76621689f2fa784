# __import__, importlib.import_module and the builtins module.
import builtins
import importlib

os_mod = __import__("os")
print(os_mod.__name__, os_mod.sep)
path_top = __import__("os.path")
print(path_top.__name__)
path_mod = __import__("os.path", fromlist=["join"])
print(path_mod.join("a", "b"))
print(importlib.import_module("json").dumps([1]))
print(importlib.import_module("collections").deque([1, 2]))
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(e)

print(builtins.len("abc"), builtins.__name__)
builtins.shared_helper = lambda: "visible everywhere"
print(shared_helper())


def f():
    pass


class C:
    def m(self):
        pass


print(f.__module__, C.__module__, C.m.__module__, len.__module__)
