# OSError(errno, ...) builds the errno's subclass; filename/filename2; add_note and __notes__.
for args in [(2, "No such file"), (13, "denied", "f.txt"), (99, "odd"), ("x",), (), (17, "exists", "a", None, "b")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.errno, e.strerror, e.filename)
class MyOS(OSError): pass
print(type(MyOS(2, "x")).__name__, isinstance(OSError(2, "x"), FileNotFoundError))
try:
    raise OSError(2, "gone")
except FileNotFoundError as e:
    print("caught as FNF", e)
e = Exception("note")
e.add_note("extra info")
e.__notes__.append("more")
print(e.__notes__)
try:
    raise e
except Exception as x:
    import traceback
    print(traceback.format_exception_only(type(x), x))
eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
eg.add_note("group note")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
e2 = ValueError("bad")
e2.__notes__ = "notalist"
try: e2.add_note("x")
except TypeError as t: print(t)
try: e2.add_note(5)
except TypeError as t: print(t)
e=OSError(2,"x"); e.filename="f"; print(e, repr(e)); import os
try: os.remove("/nonexist")
except OSError as x: print(repr(x), x.args, x.filename, x)
raise e
