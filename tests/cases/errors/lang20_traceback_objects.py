# Traceback objects keep their identity (`e.__traceback__ is sys.exc_info()[2]`),
# traceback.format_exception honours an explicit tb (None: no traceback lines), and
# sys.excepthook shows the exception's own traceback whatever tb it is passed.
import io
import re
import sys
import traceback


def fail():
    return {}["missing"]


try:
    fail()
except KeyError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, sys.exc_info()[2] is tb, tb.tb_next.tb_lineno)
    print(traceback.format_exception(type(e), e, None))
    print(len(traceback.format_exception(type(e), e, tb)), len(traceback.format_exception(type(e), e, tb.tb_next)))
    print("".join(traceback.format_exception(type(e), e, tb.tb_next)), end="")
    sys.stdout.flush()
    sys.excepthook(type(e), e, None)
    sys.stderr.flush()
    caught = e

other = ValueError("fresh")
other.__traceback__ = tb
print(other.__traceback__ is tb)
fresh = ValueError("fresh")
sys.stdout.flush()
sys.excepthook(ValueError, fresh, tb)
sys.stderr.flush()
print(fresh.__traceback__ is tb)

# C types name themselves with their module in messages and reprs.
p = re.compile("a")
for obj in (p, p.match("a"), io.StringIO(), io.BytesIO()):
    try:
        obj.missing
    except AttributeError as e:
        print(e)
try:
    p.pattern2 = 1
except AttributeError as e:
    print(e)
print(io.TextIOWrapper, io.BufferedReader, io.FileIO, io.StringIO, io.IOBase, type(sys.stdout))
print(re.Pattern, re.Match, type(p))
try:
    p.pattern = "b"
except AttributeError as e:
    print(e)
# Pattern's methods are C in CPython: no frame of theirs in the traceback.
try:
    p.sub("x", 5)
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    p.search("a", "0")
except TypeError:
    traceback.print_exc(file=sys.stdout)
