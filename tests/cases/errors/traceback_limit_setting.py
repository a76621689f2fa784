# sys.tracebacklimit: the traceback module keeps the outermost entries, a negative limit
# counts as 0; the interpreter's printer (used last, for the uncaught exception) keeps the
# innermost ones and drops the header when the limit is 0 or less.
import sys
import traceback


def a():
    b()


def b():
    c()


def c():
    raise ValueError("deep")


for limit in [2, 0, -3, None]:
    if limit is None:
        del sys.tracebacklimit
    else:
        sys.tracebacklimit = limit
    try:
        a()
    except ValueError:
        print(f"--- limit {limit}")
        print(traceback.format_exc(), end="")
        print(len(traceback.extract_tb(sys.exc_info()[2])), len(traceback.extract_stack()))

sys.tracebacklimit = 2
try:
    a()
except ValueError as e:
    raise KeyError("outer") from e
