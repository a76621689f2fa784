# basicConfig (stream, filename/filemode, handlers, force, style, level, errors), the
# module-level functions, StreamHandler/FileHandler/NullHandler/custom handlers, filters,
# LoggerAdapter and extra, captureWarnings, deprecated warn(), shutdown.
import io
import logging
import os
import sys
import warnings

# The module-level functions call basicConfig() when the root logger has no handler: the
# default format is "%(levelname)s:%(name)s:%(message)s" on stderr, level WARNING.
logging.info("not shown: the root level is WARNING")
logging.warning("first warning %s", "configured by warning()")
h0 = logging.root.handlers[0]
print(logging.root.handlers, h0.formatter._fmt, h0.stream is sys.stderr)
# basicConfig does nothing once the root logger has a handler...
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
print(logging.root.level, len(logging.root.handlers))
# ...unless force=True, which removes (and closes) the existing ones first.
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, force=True,
                    format="%(name)s|%(levelname)s|%(message)s")
logging.debug("now DEBUG goes to stdout")
logging.log(logging.INFO, "log() with a level")
logging.error("error()")
logging.critical("critical() and fatal() %s", "alias")
try:
    raise LookupError("no such thing")
except LookupError:
    logging.exception("exception() from the root")

for kwargs in [dict(stream=sys.stdout, filename="x.log"),
               dict(handlers=[logging.NullHandler()], stream=sys.stdout),
               dict(handlers=[logging.NullHandler()], filename="x.log"),
               dict(style="?"),
               dict(foo=1, bar=2)]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError:", e)

# '{' and '$' styles with basicConfig, level given by name.
logging.basicConfig(force=True, stream=sys.stdout, style="{", level="INFO",
                    format="{levelname:>8} {name}: {message}")
logging.info("brace style")
logging.basicConfig(force=True, stream=sys.stdout, style="$", format="$levelname-$message")
logging.warning("dollar style")

# handlers=: each handler without a formatter gets the basicConfig one.
keep = logging.StreamHandler(sys.stdout)
keep.setFormatter(logging.Formatter("keep: %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(force=True, handlers=[keep, plain], format="plain: %(message)s")
logging.warning("two handlers")
print(keep.formatter._fmt, plain.formatter._fmt)

# StreamHandler: terminator and setStream.
sh = logging.StreamHandler(sys.stdout)
sh.terminator = " <END>\n"
logging.basicConfig(handlers=[sh], force=True, format="%(message)s")
logging.warning("custom terminator")
buf = io.StringIO()
old = sh.setStream(buf)
print(old is sys.stdout, sh.setStream(buf), repr(sh))
logging.warning("into a buffer")
print(repr(buf.getvalue()))
sh.setStream(sys.stdout)
print(sh, logging.StreamHandler(), logging.Handler(logging.ERROR), logging.NullHandler())

# FileHandler (basicConfig filename=/filemode=), and delay=True opens at the first record.
path = "/tmp/corio_logging_case_%d.log" % os.getpid()
logging.basicConfig(force=True, filename=path, filemode="w", level=logging.DEBUG,
                    format="%(levelname)s:%(message)s")
fh = logging.root.handlers[0]
logging.debug("to the file")
logging.info("second line %s", [1, 2])
print(type(fh).__name__, fh.mode, fh.baseFilename == os.path.abspath(path),
      repr(fh) == "<FileHandler %s (NOTSET)>" % fh.baseFilename)
with open(path) as f:
    print(f.read(), end="")
logging.basicConfig(force=True, stream=sys.stdout)
print(fh.stream)
lazy = logging.FileHandler(path, delay=True)
print(lazy.stream, os.path.exists(path))
lazy.setFormatter(logging.Formatter("appended %(message)s"))
lazy.handle(logging.makeLogRecord({"msg": "late"}))
lazy.close()
with open(path) as f:
    print(f.read(), end="")
os.remove(path)

# Filters: Filter(name) passes a logger and its descendants; callables work too; filters
# on loggers apply only to records made by that logger.
logging.basicConfig(force=True, stream=sys.stdout, format="%(name)s: %(message)s")
h = logging.root.handlers[0]
h.addFilter(logging.Filter("app.db"))
for name in ("app", "app.db", "app.db.pool", "app.dbx"):
    logging.getLogger(name).warning("filter by name")
h.removeFilter(h.filters[0])
h.addFilter(lambda record: "secret" not in record.getMessage())
logging.warning("a secret")
logging.warning("public")
h.filters.clear()

class OddOnly(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1

app = logging.getLogger("app")
app.addFilter(OddOnly())
for i in range(4):
    app.warning("n=%d", i)
logging.getLogger("app.child").warning("logger filters do not apply to children")
app.filters.clear()

class AddContext(logging.Filter):
    def filter(self, record):
        record.user = "amy"
        return True

h.addFilter(AddContext())
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
app.warning("a filter can add attributes")
h.filters.clear()

# extra= adds attributes to the record; it may not overwrite existing ones.
app.warning("with extra", extra={"user": "bob"})
for key in ("message", "lineno", "asctime"):
    try:
        app.warning("bad extra", extra={key: 1})
    except KeyError as e:
        print("KeyError:", e)

# LoggerAdapter passes extra (or whatever process() returns) on every call.
adapter = logging.LoggerAdapter(app, {"user": "carol"})
adapter.warning("through an adapter")
adapter.info("INFO is below app's effective level")
print(adapter, adapter.name, adapter.isEnabledFor(logging.INFO), adapter.getEffectiveLevel(),
      adapter.hasHandlers(), adapter.manager is app.manager)

class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[conn %s] %s" % (self.extra["conn"], msg), kwargs

h.setFormatter(logging.Formatter("%(levelname)s %(funcName)s %(message)s"))

def serve():
    conn = Prefixed(app, {"conn": 7})
    conn.setLevel(logging.DEBUG)
    conn.debug("debug %s", "enabled")
    try:
        1 / 0
    except ZeroDivisionError:
        conn.exception("failed")

serve()

# Custom handlers implement emit(); handle() applies the handler's filters first.
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))

collector = ListHandler()
collector.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
app.addHandler(collector)
app.error("one")
app.critical("two")
print(collector.lines, collector, collector.name)
collector.set_name("collector")
print(collector.name, collector.get_name())
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)

app.removeHandler(collector)

# With raiseExceptions false, errors while emitting are ignored silently.
logging.raiseExceptions = False
app.warning("bad %d", "not a number")
logging.raiseExceptions = True

# The deprecated warn() spelling issues a DeprecationWarning (shown for __main__).
logging.warn("warn() function")
app.warn("warn() method")

# captureWarnings(True) sends warnings to the "py.warnings" logger.
h.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
logging.captureWarnings(True)
warnings.warn("captured, printed by the root handler")
logging.getLogger("py.warnings").propagate = False
warnings.warn("captured, and py.warnings has only a NullHandler")
print(logging.getLogger("py.warnings").handlers)
logging.captureWarnings(False)
warnings.warn("printed as usual")

logging.shutdown()
print("done")
