# CPython 3.11 adds "Did you mean" to an uncaught AttributeError on a module, from dir(module).
import collections
import math

try:
    math.sqroot
except AttributeError as e:
    print(e, e.name, e.obj is math)

print(collections.namedtuple("P", "x")(1))
collections.namedtupl
