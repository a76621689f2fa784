# A traceback's frames: tb_frame of an ended call holds the locals it had when the exception
# left it (the post-mortem recipe), its module's globals and, as f_back, its caller's frame;
# the frame still handling the exception is the running one. StackSummary.extract and
# TracebackException take capture_locals and print each frame's locals.
import inspect
import sys
import traceback


def parse(text):
    fields = text.split(",")
    count = len(fields)
    return int(fields[count])


def load(rows):
    total = 0
    for row in rows:
        total += parse(row)
    return total


def report(exc):
    tb = exc.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals["marker"], tb.tb_frame.f_back.f_code.co_name)
    while tb.tb_next is not None:
        tb = tb.tb_next
    frame = tb.tb_frame
    print(frame.f_code.co_name, tb.tb_lineno, frame.f_lineno, frame.f_locals)
    print(frame.f_back.f_code.co_name, sorted(frame.f_back.f_locals), frame.f_globals is globals())
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(exc.__traceback__)])
    stack = traceback.StackSummary.extract(traceback.walk_tb(exc.__traceback__), capture_locals=True)
    for fs in stack:
        print(fs.name, fs.lineno, fs.line, fs.locals)
    print("".join(stack.format()), end="")
    te = traceback.TracebackException.from_exception(exc, capture_locals=True)
    print("".join(te.format()), end="")
    print([f.function for f in inspect.getinnerframes(exc.__traceback__)])
    print(inspect.getsource(tb), end="")
    print(traceback.extract_tb(exc.__traceback__)[-1].locals)
    traceback.clear_frames(exc.__traceback__)


def handle():
    marker = "handler"
    try:
        load(["1,2", "3,4,5"])
    except IndexError as exc:
        report(exc)


handle()


def chained():
    secret = 42
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("wrapped") from e


try:
    chained()
except ValueError as exc:
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__, capture_locals=True, limit=-1)
    print("".join(te.format()), end="")
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__, capture_locals=True)
    print("".join(te.format(chain=False)).count("secret = 42"))
