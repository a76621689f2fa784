# Exceptions nobody can catch (a failing __del__, a generator finalized while it ignores
# GeneratorExit, a weakref callback that raises) are reported as CPython's default
# sys.unraisablehook does: no chained exceptions, and a traceback pointing at the statement
# that let go of the object when the error came from the interpreter itself.
import io
import json
import re
import sys
import weakref

# The reports go to sys.stderr; they are captured so object addresses can be masked.
captured = io.StringIO()
sys.stderr = captured


def show_reports():
    text = re.sub(r"0x[0-9a-f]+", "0x...", captured.getvalue())
    captured.seek(0)
    captured.truncate()
    print(text, end="")


class Resource:
    def __init__(self, error):
        self.error = error

    def __del__(self):
        try:
            {}["missing"]
        except KeyError:
            raise self.error


for error in [ValueError(), KeyError("k"), json.JSONDecodeError("bad", "doc", 1)]:
    r = Resource(error)
    del r
show_reports()
print("after __del__ reports")


def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            print("refusing to close")


def drop_generator():
    g = stubborn()
    next(g)
    g = None
    print("generator dropped")


drop_generator()
show_reports()


def failing_cleanup():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup failed")


g = failing_cleanup()
next(g)
del g
show_reports()


class Node:
    pass


def callback(ref):
    raise TypeError("callback failed")


n = Node()
w = weakref.ref(n, callback)
del n
show_reports()
print("weakref callback reported")


def hook(unraisable):
    print("hook got", unraisable.exc_type.__name__, unraisable.exc_value,
          unraisable.err_msg, type(unraisable.object).__name__,
          unraisable.exc_traceback is not None)


sys.unraisablehook = hook
r = Resource(ValueError("seen by the hook"))
del r


def broken_hook(unraisable):
    raise LookupError("the hook itself failed")


sys.unraisablehook = broken_hook
r = Resource(ValueError("lost"))
del r
show_reports()
sys.unraisablehook = sys.__unraisablehook__
print("end")
