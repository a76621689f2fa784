# A package with relative imports: import forms, __name__/__package__, module caching.
import shapes
import shapes.circle as circ
from shapes import square, VERSION
from shapes.sub.util import describe
from shapes.sub import util as u
from shapes.circle import *
import sys

print(shapes.__name__, circ.__name__, square.__name__, u.__name__, VERSION)
print(circ.area(1.0), square.area(3), describe("thing"))
print(PUBLIC, "_private" in globals(), "hidden" in globals())
print(shapes.circle is circ, sys.modules["shapes.sub.util"] is u, "shapes.sub" in sys.modules)
print(circ.__package__, u.__package__, shapes.__package__)
print(shapes.loaded_order)
try:
    from shapes import nothing_here
except ImportError as e:
    print("ImportError:", e)
try:
    import shapes.nothing_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e)
if __name__ == "__main__":
    print("run as main")
