# os process and descriptor controls: sysconf, CPU affinity, blocking and inheritable
# flags, fchmod, process groups, mkfifo, the exec family and the wait-status tests.
import os
import stat
import sys
import tempfile

print(os.sysconf("SC_PAGESIZE"), os.sysconf("SC_PAGE_SIZE") == os.sysconf(30),
      os.sysconf("SC_NPROCESSORS_ONLN") >= 1, os.sysconf_names["SC_OPEN_MAX"], len(os.sysconf_names) > 100)
for bad in ("NOPE", 1.5, 99999):
    try:
        os.sysconf(bad)
    except Exception as e:
        print(type(e).__name__, e)
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(isinstance(c, int) for c in cpus))

r, w = os.pipe()
print(os.get_blocking(r), os.get_inheritable(r))
os.set_blocking(r, False)
os.set_inheritable(r, True)
print(os.get_blocking(r), os.get_inheritable(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.set_blocking(r, True)
print(os.get_blocking(r))
os.close(r)
os.close(w)
for call in (lambda: os.get_blocking(r), lambda: os.set_inheritable(9999, True)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)

d = tempfile.mkdtemp()
path = os.path.join(d, "f")
fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
os.fchmod(fd, 0o640)
print(oct(stat.S_IMODE(os.stat(path).st_mode)))
os.fchown(fd, -1, -1)
os.chown(path, -1, -1)
os.fdatasync(fd)
os.close(fd)
fifo = os.path.join(d, "pipe")
os.mkfifo(fifo)
print(stat.S_ISFIFO(os.stat(fifo).st_mode))
try:
    os.mkfifo(fifo)
except FileExistsError as e:
    print("FileExistsError", e.strerror, e.filename)
print(os.getpgid(0) == os.getpgrp(), os.getsid(0) == os.getsid(os.getpid()), isinstance(os.getgroups(), list))
print(os.nice(0) >= 0)

print(os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WIFCONTINUED(0xffff), os.WCOREDUMP(0x86),
      os.WIFSTOPPED(0), os.WCOREDUMP(6))
print(os.O_DIRECTORY, os.O_NOFOLLOW, os.O_SYNC, os.EX_OK, os.EX_USAGE, os.EX_CONFIG, os.SEEK_HOLE, os.P_PID)
dfd = os.open(d, os.O_RDONLY | os.O_DIRECTORY)
os.close(dfd)
try:
    os.open(path, os.O_RDONLY | os.O_DIRECTORY)
except NotADirectoryError as e:
    print("NotADirectoryError", e.strerror)

for call in (lambda: os.execv(sys.executable, []), lambda: os.execv(sys.executable, ("",)),
             lambda: os.execv(sys.executable, "x"), lambda: os.execv("/no/such/prog", ["x"]),
             lambda: os.execvp("no-such-program-xyz", ["x"]),
             lambda: os.execve(sys.executable, ["x"], {"A=B": "1"})):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# a child replaces itself with a shell command through execlp / execve
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execlp("sh", "sh", "-c", "echo from exec $0 $GREETING", "child", )
status = os.waitpid(pid, 0)[1]
print(os.WIFEXITED(status), os.WEXITSTATUS(status))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execve("/bin/sh", ["sh", "-c", "echo env says $GREETING; exit 3"], {"GREETING": "hi"})
status = os.waitpid(pid, 0)[1]
print(os.waitstatus_to_exitcode(status))

os.remove(path)
os.remove(fifo)
os.rmdir(d)
