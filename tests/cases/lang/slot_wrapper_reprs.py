# Built-in dunders that fill a type slot are wrapper descriptors in CPython: their reprs say
# "slot wrapper" (bound: "method-wrapper"); other methods stay "method" / "built-in method".
import re


def show(o):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(o)))


class A:
    pass


for o in [int.__add__, int.__radd__, list.__iadd__, object.__init__, A.__init__, type.__call__,
          object.__repr__, A.__eq__, dict.__getitem__, dict.__contains__, str.__len__, float.__rtruediv__,
          int.__index__, int.__bool__, list.__iter__, object.__getattribute__, object.__setattr__,
          int.__format__, list.__reversed__, set.__contains__, list.__getitem__, tuple.__getitem__, int.__round__, str.join, list.append]:
    show(o)
for o in [(1).__add__, A().__init__, A().__repr__, [].__len__, {}.__getitem__, (1).__round__, [].append]:
    show(o)
