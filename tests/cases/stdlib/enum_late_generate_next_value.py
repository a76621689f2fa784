# CPython 3.11: _generate_next_value_ must come before any auto() member.
from enum import Enum, auto

class Early(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()
print(list(Early), Early.A.value)

try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e:
    print("TypeError:", e)

class NoAuto(Enum):
    X = 1
    def _generate_next_value_(name, start, count, last_values):
        return name
print(list(NoAuto))
