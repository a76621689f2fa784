# The names a script's `__main__` namespace starts with, in CPython's order, as a module-level
# dir() or vars() shows them.
import sys

print(dir())
print(list(vars(sys.modules["__main__"])))
print(__name__, __doc__, __package__, __spec__, __cached__)
print(__annotations__)
limit: int = 10
print(__annotations__)
