# logging.handlers: QueueHandler/QueueListener (the usual way to keep slow handlers off the
# event loop), MemoryHandler, BufferingHandler and RotatingFileHandler.
import asyncio
import logging
import logging.handlers
import os
import queue
import sys

fmt = logging.Formatter("%(threadName)s %(levelname)s %(name)s: %(message)s")

# QueueHandler formats the record into msg and queues a copy; the listener's thread hands
# the records to the real handlers.
q = queue.Queue()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(fmt)
listener = logging.handlers.QueueListener(q, out)
qlog = logging.getLogger("queued")
qlog.propagate = False
qh = logging.handlers.QueueHandler(q)
qlog.addHandler(qh)
qlog.setLevel(logging.DEBUG)


async def worker(n):
    qlog.info("worker %d logs through the queue", n)
    await asyncio.sleep(0)
    qlog.debug("worker %d done", n)


async def main():
    await asyncio.gather(*(worker(n) for n in range(3)))


listener.start()
asyncio.run(main())
try:
    raise ValueError("exception text is formatted before queueing")
except ValueError:
    qlog.exception("failure")
listener.stop()
print("queue empty after stop:", q.empty())

# prepare() clears args and exception info on the queued copy.
q2 = queue.Queue()
h2 = logging.handlers.QueueHandler(q2)
rec = logging.makeLogRecord({"msg": "x=%d", "args": (5,), "name": "n", "levelno": 20,
                             "levelname": "INFO"})
h2.handle(rec)
got = q2.get_nowait()
print(got is rec, got.msg, got.message, got.args, got.exc_info, rec.msg, rec.args)

# respect_handler_level: the listener skips handlers whose level is above the record's.
q3 = queue.Queue()
errors_only = logging.StreamHandler(sys.stdout)
errors_only.setLevel(logging.ERROR)
errors_only.setFormatter(logging.Formatter("errors_only: %(message)s"))
l3 = logging.handlers.QueueListener(q3, errors_only, respect_handler_level=True)
for level, msg in [(logging.INFO, "info"), (logging.ERROR, "error")]:
    q3.put(logging.makeLogRecord({"msg": msg, "levelno": level}))
l3.start()
l3.stop()

# MemoryHandler buffers until capacity, a record at flushLevel, or close().
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("flushed %(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.addHandler(mem)
mlog.warning("one")
mlog.warning("two")
print("buffered:", [r.getMessage() for r in mem.buffer])
mlog.warning("three: capacity reached")
mlog.warning("four")
mlog.error("five: ERROR flushes")
mlog.warning("six")
mem.close()
print("after close:", mem.buffer, mem.target)
untargeted = logging.handlers.MemoryHandler(1)
untargeted.handle(logging.makeLogRecord({"msg": "kept"}))
print(len(untargeted.buffer))

class Batches(logging.handlers.BufferingHandler):
    def flush(self):
        if self.buffer:
            print("batch:", [r.getMessage() for r in self.buffer])
        super().flush()

b = Batches(2)
for i in range(5):
    b.handle(logging.makeLogRecord({"msg": "m%d" % i}))
b.close()

# RotatingFileHandler: base file plus .1, .2 backups.
base = "/tmp/corio_logging_rotate_%d.log" % os.getpid()
rot = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
rot.setFormatter(logging.Formatter("%(message)s"))
rlog = logging.getLogger("rot")
rlog.propagate = False
rlog.addHandler(rot)
for i in range(7):
    rlog.warning("record number %d", i)
rot.close()
for name in (base, base + ".1", base + ".2", base + ".3"):
    if os.path.exists(name):
        with open(name) as f:
            print(name[len(base):] or "(base)", repr(f.read()))
        os.remove(name)
    else:
        print(name[len(base):], "absent")
