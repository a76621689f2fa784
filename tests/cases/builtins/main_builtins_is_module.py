print(type(__builtins__).__name__, __builtins__.len([1]))
import builtins
print(__builtins__ is builtins)
exec("print(type(__builtins__).__name__)")
ns={}
exec("x=1", ns)
print(type(ns["__builtins__"]).__name__)
