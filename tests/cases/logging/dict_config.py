# logging.config.dictConfig: formatters, filters, handlers (with ext:// streams, a '()'
# factory, a MemoryHandler target), loggers, root, disable_existing_loggers, incremental.
import logging
import logging.config
import sys

early = logging.getLogger("early")          # exists before configuration: gets disabled
keep = logging.getLogger("app.db.pool")     # child of a configured logger: reset, kept


class OnlyShort(logging.Filter):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def filter(self, record):
        return len(record.getMessage()) <= self.limit


class Tagged(logging.Formatter):
    def __init__(self, fmt, tag):
        super().__init__(fmt)
        self.tag = tag

    def format(self, record):
        return "[%s] %s" % (self.tag, super().format(record))


config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)-7s %(name)s: %(message)s"},
        "braces": {"format": "{name} says {message}", "style": "{"},
        "tagged": {"()": Tagged, "fmt": "%(message)s", "tag": "T"},
    },
    "filters": {
        "short": {"()": OnlyShort, "limit": 20},
        "app_only": {"name": "app"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "brief", "level": "DEBUG"},
        "errors": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "braces", "level": "ERROR", "filters": ["app_only"]},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 2,
                   "target": "console"},
        "custom": {"()": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "tagged", "filters": ["short"], ".": {"terminator": " $\n"}},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["errors"]},
        "app.db": {"level": "WARNING"},
        "buffered": {"handlers": ["buffer"], "propagate": False},
        "tagged": {"handlers": ["custom"], "propagate": False, "level": "DEBUG"},
    },
    "root": {"level": "DEBUG", "handlers": ["console"]},
}
logging.config.dictConfig(config)
print(sorted(config["handlers"]["console"]), type(config["formatters"]["brief"]).__name__)

logging.getLogger("app").info("info from app")
logging.getLogger("app").error("error from app")
logging.getLogger("app.db").info("below app.db's WARNING")
logging.getLogger("app.db").warning("warning from app.db")
keep.warning("the pool logger was reset, not disabled")
print(keep.disabled, keep.level, early.disabled)
early.error("early was disabled")
logging.getLogger("other").debug("root is at DEBUG")
logging.getLogger("other").error("error outside app: not on 'errors'")

b = logging.getLogger("buffered")
b.info("buffered one")
print("nothing yet")
b.info("buffered two")

t = logging.getLogger("tagged")
t.info("short message")
t.info("this message is far too long to pass")
h = logging.getLogger("tagged").handlers[0]
print(h.name, repr(h.terminator), [type(f).__name__ for f in h.filters])

# incremental=True only changes levels.
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "WARNING"}},
                           "loggers": {"app": {"level": "DEBUG"}}})
logging.getLogger("other").info("console is at WARNING now")
logging.getLogger("other").warning("still shown")
print(logging.getLogger("app").level)

# disable_existing_loggers=False keeps loggers the configuration does not mention.
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"out": {"class": "logging.StreamHandler",
                                                "stream": "ext://sys.stdout"}},
                           "root": {"handlers": ["out"], "level": "INFO"}})
logging.getLogger("app").info("plain format now; app kept its level %s",
                              logging.getLogger("app").level)
print(logging.getLogger("app").disabled, logging.getLogger("app").handlers)

for bad in [{}, {"version": 2},
            {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler",
                                               "formatter": "missing"}}},
            {"version": 1, "loggers": {"x": {"level": "LOUD"}}},
            {"version": 1, "formatters": {"f": {"format": "%(x", "style": "%"}}},
            {"version": 1, "incremental": True, "handlers": {"nope": {}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e, "| cause:", repr(e.__cause__))
logging.config.valid_ident("ok_name")
try:
    logging.config.valid_ident("not ok")
except ValueError as e:
    print("ValueError:", e)
