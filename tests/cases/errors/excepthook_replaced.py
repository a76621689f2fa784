# An uncaught exception goes to a replaced sys.excepthook (with the type, the exception and its
# traceback); when the hook itself raises, both tracebacks are printed, as CPython does.
import sys


def hook(exc_type, exc, tb):
    print("hook got", exc_type.__name__, exc, type(tb).__name__, tb.tb_lineno)
    raise RuntimeError("hook failed")


sys.excepthook = hook
print(sys.excepthook is sys.__excepthook__)


def fail():
    raise ValueError("uncaught")


fail()
