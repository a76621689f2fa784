# A metaclass's __getattr__ answers attribute misses on its classes (an Enum-like registry,
# a config class), after the class's own MRO and the metaclass's methods.
class Registry(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            return lambda: f"{cls.__name__}:{name[4:]}"
        raise AttributeError(f"{cls.__name__} has no {name}")

    def describe(cls):
        return f"class {cls.__name__}"


class Settings(metaclass=Registry):
    debug = False


class Child(Settings):
    pass


print(Settings.debug, Settings.describe(), Settings.get_colour(), Child.get_size())
print(getattr(Settings, "missing", "default"), hasattr(Child, "nope"), hasattr(Child, "get_x"))
try:
    Settings.missing
except AttributeError as e:
    print("AttributeError:", e)
# instances do not see the metaclass's __getattr__
try:
    Settings().get_colour
except AttributeError as e:
    print("AttributeError:", e)
# bytearray's repr escapes a single quote even inside double quotes (CPython 3.11)
print(repr(bytearray(b"it's")), repr(bytes(b"it's")), repr(bytearray(b"'\"")), bytearray(b"a'b"))
