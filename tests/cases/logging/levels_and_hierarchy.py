# Levels, the logger tree (dotted names, placeholders, parents), effective levels,
# propagate, disabled loggers, logging.disable, and the lastResort handler.
import logging
import sys

# With no handler anywhere, records of WARNING and above go to lastResort: the bare
# message on stderr. Lower levels are dropped (the root logger's level is WARNING).
lib = logging.getLogger("lib")
lib.warning("last resort %d", 1)
lib.info("dropped")
lib.error("an error, bare")
print(lib.hasHandlers(), logging.lastResort)

# Level names in both directions.
print(logging.getLevelName(logging.DEBUG), logging.getLevelName("INFO"), logging.getLevelName(33),
      logging.getLevelName("NOPE"))
print(logging.WARN == logging.WARNING, logging.FATAL == logging.CRITICAL, logging.NOTSET)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelNamesMapping())

# The tree: "a.b.c" first makes placeholders for "a.b" and "a"; the parent is the root.
c = logging.getLogger("a.b.c")
print(list(logging.root.manager.loggerDict))
print(type(logging.root.manager.loggerDict["a.b"]).__name__, c.parent)
ab = logging.getLogger("a.b")
print(c.parent is ab, ab.parent)
a = logging.getLogger("a")
print(ab.parent is a, a.parent is logging.root, logging.getLogger() is logging.root,
      logging.getLogger("root") is logging.root)
print(a.getChild("b") is ab, logging.root.getChild("x").name, a.getChild("b.c") is c)
print(list(logging.root.manager.loggerDict))
print(logging.getLogger(__name__))

# Effective level: the first level set on the way up.
print(c.level, c.getEffectiveLevel(), c)
a.setLevel("INFO")
print(c.getEffectiveLevel(), c.isEnabledFor(logging.DEBUG), c.isEnabledFor(logging.INFO), c, a)
ab.setLevel(logging.ERROR)
print(c.getEffectiveLevel(), c.isEnabledFor(logging.WARNING))
ab.setLevel(logging.NOTSET)

# Handlers on ancestors see the records of descendants while propagate is true.
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s %(message)s"))
a.addHandler(h)
c.info("from a.b.c")
c.debug("below a's level: dropped")
ab.propagate = False
c.warning("not propagated: no handler on the way, so lastResort")
ab.propagate = True
hb = logging.StreamHandler(sys.stdout)
hb.setLevel(logging.ERROR)
hb.setFormatter(logging.Formatter("B %(levelname)s %(message)s"))
ab.addHandler(hb)
c.warning("handler B's level is ERROR, so only A")
c.error("both handlers")
print(ab.handlers, a.handlers, c.hasHandlers())
ab.removeHandler(hb)
ab.removeHandler(hb)
print(ab.handlers)

# Custom levels log with log().
a.log(25, "notice %s", "me")
a.log(5, "below INFO: dropped")
try:
    a.log("INFO", "level must be an int")
except TypeError as e:
    print("TypeError:", e)
for bad in ("BOGUS", 1.5):
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# A disabled logger drops everything; logging.disable(level) mutes that level and below.
a.disabled = True
a.error("disabled logger")
a.disabled = False
logging.disable(logging.WARNING)
a.warning("muted by disable()")
a.error("ERROR still passes")
print(a.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable(logging.NOTSET)
a.warning("back on")
logging.disable()
a.critical("even CRITICAL is muted")
logging.disable(logging.NOTSET)

# A NullHandler keeps a library's records away from lastResort.
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.addHandler(logging.NullHandler())
quiet.error("never shown")
print(quiet.handlers, quiet.hasHandlers())

# Logger subclasses through setLoggerClass.
class MyLogger(logging.Logger):
    def hello(self):
        self.warning("hello from %s", type(self).__name__)

logging.setLoggerClass(MyLogger)
m = logging.getLogger("a.mine")
logging.setLoggerClass(logging.Logger)
m.hello()
print(m, m.parent, logging.getLoggerClass())
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError:", e)
