# Traceback objects and their frames keep their identity, as CPython's immutable links:
# the same object each time an entry is reached, across re-raises and with_traceback().
import traceback, sys
def inner(): raise ValueError("x")
def outer(): inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, tb.tb_next is tb.tb_next, tb.tb_next.tb_next is e.__traceback__.tb_next.tb_next)
    print(tb.tb_next.tb_next.tb_next, tb.tb_lineno, tb.tb_next.tb_lineno)
    saved = e
def wrap():
    try:
        outer()
    except ValueError as e:
        first = e.__traceback__
        raise
try:
    wrap()
except ValueError as e:
    t = e.__traceback__
    print(t.tb_frame.f_code.co_name, t.tb_next.tb_frame.f_code.co_name, t.tb_next.tb_next.tb_frame.f_code.co_name)
    print(t is e.__traceback__)
    e2 = e.with_traceback(None)
    print(e2.__traceback__)
    traceback.print_exception(e)
try:
    raise saved
except ValueError as e:
    print(e.__traceback__.tb_next.tb_next is not None, len(traceback.extract_tb(e.__traceback__)))
def gen():
    yield 1
    raise KeyError("g")
try:
    for _ in gen(): pass
except KeyError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)], e.__traceback__ is e.__traceback__)
