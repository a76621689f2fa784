# resource: getrusage's struct_rusage, limits and CPython's errors; fcntl on pipes and files.
import resource, fcntl, os, tempfile
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r), type(r).__mro__[1], len(r), r.ru_maxrss > 0, isinstance(r.ru_utime, float), r[2] == r.ru_maxrss)
print(repr(r).startswith("resource.struct_rusage(ru_utime="), type(r.ru_minflt))
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft), soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.getpagesize() % 4096, resource.RLIM_INFINITY, resource.error, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
for bad in [lambda: resource.getrusage(7), lambda: resource.getrlimit(99),
            lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (10,)),
            lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5),
            lambda: fcntl.fcntl('x', 1), lambda: fcntl.flock(99, fcntl.LOCK_EX), lambda: fcntl.fcntl(-1, 1),
            lambda: fcntl.fcntl(1, 2, 3, 4), lambda: fcntl.flock(1), lambda: fcntl.lockf(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
rd, wr = os.pipe()
flags = fcntl.fcntl(rd, fcntl.F_GETFL)
print(flags & os.O_NONBLOCK, fcntl.fcntl(rd, fcntl.F_SETFL, flags | os.O_NONBLOCK))
print(fcntl.fcntl(rd, fcntl.F_GETFL) & os.O_NONBLOCK == os.O_NONBLOCK)
try:
    os.read(rd, 10)
except BlockingIOError as e:
    print("would block", e.errno)
os.write(wr, b"data")
print(os.read(rd, 10), fcntl.fcntl(rd, fcntl.F_GETFL, b'abcd'))
os.close(rd); os.close(wr)
path = os.path.join(tempfile.mkdtemp(), "lockfile")
with open(path, "w") as f:
    print(fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB), fcntl.flock(f.fileno(), fcntl.LOCK_UN))
    print(fcntl.lockf(f, fcntl.LOCK_EX), fcntl.lockf(f, fcntl.LOCK_UN))
os.remove(path)
print(fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.F_SETFL, fcntl.F_GETFL, fcntl.FD_CLOEXEC)
