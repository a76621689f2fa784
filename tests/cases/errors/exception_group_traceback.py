# Uncaught exception groups print CPython 3.11's boxed traceback; args keep the sequence given.
e = ExceptionGroup("x", [ValueError(1)])
print(repr(e), e.args, e.exceptions)
e2 = ExceptionGroup("y", (KeyError(2),))
print(repr(e2), e2.args)
def f():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), TypeError(3)]), OSError(4)])
try:
    f()
except* ValueError as e:
    print("handled", repr(e))
