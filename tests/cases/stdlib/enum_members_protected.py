# Enum members cannot be deleted or reassigned (EnumType.__delattr__/__setattr__ run for
# `del Color.RED`), and dir() uses the __dir__ of EnumType and Enum.
from enum import Enum, IntEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self):
        return self.name.lower()

for stmt in ["del Color.RED", "Color.RED = 5", "del Color.missing", "del Color.describe"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except AttributeError as e:
        print("AttributeError", e)
print(list(Color), hasattr(Color, "describe"))
print(dir(Color.RED))
print(dir(Color))

class Level(IntEnum):
    LOW = 1
print([n for n in dir(Level) if not n.startswith("_")], "LOW" in dir(Level))

class Plain:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Plain()))
