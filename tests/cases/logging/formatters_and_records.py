# Formatter styles, defaults and validation; LogRecord attributes; asctime with a fixed
# clock; exceptions and stack information appended to messages.
import logging
import sys
import time

out = logging.StreamHandler(sys.stdout)
log = logging.getLogger("fmt")
log.addHandler(out)
log.propagate = False
log.setLevel(logging.DEBUG)

# No formatter: the default is just the message.
log.info("plain %s and %r", "str", "repr")
# A single non-empty mapping argument fills %(name)s fields.
log.info("dict %(a)s / %(b)05.1f", {"a": 1, "b": 2.5})
log.info("no args keep %(literal)s and 100%")
log.info("empty dict arg %s", {})
log.info(["msg", "need", "not", "be", "a", "str"])

# Source position: pathname, filename, module, lineno, funcName.
out.setFormatter(logging.Formatter(
    "%(levelname)s %(levelno)d %(name)s %(pathname)s %(filename)s %(module)s "
    "%(funcName)s:%(lineno)d %(threadName)s %(processName)s | %(message)s"))

def where():
    log.warning("inside where()")

where()
log.debug("at module level")

# stacklevel walks further out, for helper functions that log for their caller.
def audit(msg):
    log.info("audit: %s", msg, stacklevel=2)

def handle_request():
    audit("request handled")

handle_request()

# The three styles.
out.setFormatter(logging.Formatter("{levelname:<7}|{name}|{message!r}", style="{"))
log.warning("brace style")
out.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
log.warning("dollar style")
out.setFormatter(logging.Formatter("%(levelname)s %(tag)s %(message)s", defaults={"tag": "T"}))
log.warning("defaults fill %s", "tag")
log.warning("extra wins", extra={"tag": "X"})
for fmt, style in [("%(x", "%"), ("no fields", "{"), ("{", "{"), ("no fields", "$"),
                   ("$", "$"), ("x", "?")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("%(x", validate=False)._fmt)
out.setFormatter(logging.Formatter("%(missing)s"))
try:
    logging.Formatter("%(missing)s").format(logging.makeLogRecord({"msg": "m"}))
except ValueError as e:
    print("ValueError:", e)

# asctime: time.strftime(datefmt) of converter(record.created), or the default
# "YYYY-mm-dd HH:MM:SS,mmm". A fixed created time keeps the output deterministic.
record = logging.makeLogRecord({"msg": "made %s", "args": ("by hand",),
                                "created": 86400 * 365 + 3723.25, "msecs": 250.0})
gmt = logging.Formatter("%(asctime)s %(message)s")
gmt.converter = time.gmtime
print(gmt.format(record))
gmt = logging.Formatter("%(asctime)s.%(msecs)03d %(message)s", datefmt="%d/%m/%Y %H:%M:%S")
gmt.converter = time.gmtime
print(gmt.format(record), gmt.usesTime(), logging.Formatter("%(message)s").usesTime())

class UTCFormatter(logging.Formatter):
    converter = time.gmtime

print(UTCFormatter("{asctime} {message}", style="{").format(record))

class NoMsecs(UTCFormatter):
    default_msec_format = None

print(NoMsecs("%(asctime)s %(message)s").format(record))

class FixedTime(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "T+%d" % (record.created - 1000)

r2 = logging.makeLogRecord({"msg": "fixed", "created": 1042.0})
print(FixedTime("%(asctime)s %(message)s").format(r2))
print(repr(record), record.getMessage())

# LogRecord by hand.
rec = logging.LogRecord("n", logging.INFO, "/srv/app/job.py", 3, "m %(k)s", ({"k": 1},),
                        None, "fn")
print(rec.getMessage(), rec.module, rec.filename, rec.funcName, rec.levelname,
      rec.threadName, rec.processName, rec.exc_text, rec.stack_info, hasattr(rec, "taskName"))
print(sorted(vars(rec)))
print(type(rec.created).__name__, type(rec.msecs).__name__, rec.msecs == int(rec.msecs),
      type(rec.process).__name__, type(rec.thread).__name__)

# Exceptions: exception() and exc_info=True append the traceback being handled.
out.setFormatter(logging.Formatter("%(levelname)s:%(funcName)s:%(message)s"))

def divide(a, b):
    return a / b

try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception("division failed")
try:
    raise KeyError("k")
except KeyError as e:
    log.warning("caught %r", e, exc_info=True)
    log.error("as a tuple", exc_info=sys.exc_info())
log.error("an exception instance", exc_info=ValueError("bad value"))
log.error("exc_info=True outside except", exc_info=True)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    log.critical("chained", exc_info=True)

# stack_info=True appends the stack up to the logging call.
def inner():
    log.warning("with the stack", stack_info=True)

def outer():
    inner()

outer()

# Formatter subclasses can change how exceptions and stacks are shown.
class OneLine(logging.Formatter):
    def formatException(self, ei):
        return "  !! %s: %s" % (ei[0].__name__, ei[1])

    def formatStack(self, stack_info):
        return "  (stack of %d lines)" % len(stack_info.splitlines())

out.setFormatter(OneLine("%(message)s"))
try:
    int("x")
except ValueError:
    log.exception("one-line exception")
outer()

# BufferingFormatter formats a batch.
class Batch(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "%d records: " % len(records)

recs = [logging.makeLogRecord({"msg": "r%d" % i}) for i in range(3)]
print(Batch(logging.Formatter("<%(message)s>")).format(recs))
print(repr(logging.BufferingFormatter().format([])))
