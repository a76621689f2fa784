# logging.shutdown() runs at exit (through atexit): every handler still alive is flushed and
# closed, newest first. atexit functions run last registered, first called; one that raises
# is reported and the others still run.
import atexit
import logging
import sys


class Announcing(logging.StreamHandler):
    def __init__(self, label):
        super().__init__(sys.stdout)
        self.label = label

    def flush(self):
        print("flush", self.label)
        super().flush()

    def close(self):
        print("close", self.label)
        super().close()


class Buffered(logging.Handler):
    """Keeps records until close(), like a MemoryHandler without a target."""

    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record.getMessage())

    def close(self):
        print("buffered at exit:", self.records)
        super().close()


first = Announcing("first")
second = Buffered()
log = logging.getLogger("app")
log.addHandler(first)
log.addHandler(second)
log.warning("one")
log.warning("two")


class Failing:
    def __call__(self):
        raise RuntimeError("atexit callback failed")

    def __repr__(self):
        return "<Failing callback>"


def goodbye(name, punctuation="."):
    print("goodbye", name + punctuation)


atexit.register(goodbye, "world", punctuation="!")
atexit.register(Failing())
atexit.register(print, "registered last, runs first")
atexit.register(goodbye, "unregistered")
atexit.unregister(goodbye)
print("end of script")
