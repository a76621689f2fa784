import os, pty, sys, tempfile

# os.posix_spawn / posix_spawnp: run a program, observe it through a pipe and its status
r, w = os.pipe()
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "echo spawned $0 with $GREETING; exit 3"],
                     {"GREETING": "hello", "PATH": os.environ.get("PATH", "/bin")},
                     file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r)])
os.close(w)
print(os.read(r, 100).decode().strip())
os.close(r)
_, status = os.waitpid(pid, 0)
print("exit code:", os.waitstatus_to_exitcode(status))

with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "out.txt")
    pid = os.posix_spawnp("echo", ["echo", "to a file"], os.environ,
                          file_actions=[(os.POSIX_SPAWN_OPEN, 1, out,
                                         os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)])
    os.waitpid(pid, 0)
    with open(out) as f:
        print(repr(f.read()))

    # os.sendfile: copy between descriptors in the kernel
    src = os.path.join(tmp, "src.txt")
    with open(src, "wb") as f:
        f.write(b"0123456789abcdef")
    fd_in = os.open(src, os.O_RDONLY)
    r, w = os.pipe()
    print("sent", os.sendfile(w, fd_in, 4, 6), os.read(r, 100), os.lseek(fd_in, 0, os.SEEK_CUR))
    print("sent", os.sendfile(w, fd_in, None, 3), os.read(r, 100), os.lseek(fd_in, 0, os.SEEK_CUR))
    print("at end", os.sendfile(w, fd_in, 100, 5))
    for fd in (fd_in, r, w):
        os.close(fd)

pid = os.posix_spawn("/bin/sh", ["sh", "-c", "kill -TERM $$"], {}, setpgroup=0, setsid=False)
_, status = os.waitpid(pid, 0)
print("signalled:", os.WIFSIGNALED(status), os.WTERMSIG(status))

for label, call in [
    ("missing", lambda: os.posix_spawn("/nonexistent/prog", ["x"], {})),
    ("not on PATH", lambda: os.posix_spawnp("no-such-program-xyz", ["x"], {"PATH": "/bin"})),
    ("argv str", lambda: os.posix_spawn("/bin/true", "true", {})),
    ("argv empty", lambda: os.posix_spawn("/bin/true", [], {})),
    ("argv0 empty", lambda: os.posix_spawn("/bin/true", [""], {})),
    ("env None", lambda: os.posix_spawn("/bin/true", ["true"], None)),
    ("env name", lambda: os.posix_spawn("/bin/true", ["true"], {"A=B": "1"})),
    ("action tag", lambda: os.posix_spawn("/bin/true", ["true"], {}, file_actions=[(99,)])),
    ("action size", lambda: os.posix_spawn("/bin/true", ["true"], {}, file_actions=[(os.POSIX_SPAWN_OPEN, 1)])),
    ("action size", lambda: os.posix_spawn("/bin/true", ["true"], {}, file_actions=[(os.POSIX_SPAWN_CLOSE,)])),
    ("action type", lambda: os.posix_spawn("/bin/true", ["true"], {}, file_actions=[5])),
    ("sendfile bad fd", lambda: os.sendfile(1, 987, 0, 10)),
    ("login_tty bad fd", lambda: os.login_tty(987)),
    ("ttyname not a tty", lambda: os.ttyname(os.open(os.devnull, os.O_RDONLY))),
]:
    try:
        call()
    except Exception as e:
        print(label, type(e).__name__, e)
print(os.POSIX_SPAWN_OPEN, os.POSIX_SPAWN_CLOSE, os.POSIX_SPAWN_DUP2)

# openpty and the pty module
master, slave = os.openpty()
print(os.isatty(master), os.isatty(slave), os.get_inheritable(master), os.get_inheritable(slave))
print(os.ttyname(slave).startswith("/dev/pts/"))
os.write(slave, b"through the terminal\n")
print(os.read(master, 100))
os.close(master)
os.close(slave)
m, s = pty.openpty()
os.close(m)
os.close(s)
print(pty.STDIN_FILENO, pty.STDOUT_FILENO, pty.STDERR_FILENO, pty.CHILD)

sys.stdout.flush()
pid, fd = pty.fork()
if pid == pty.CHILD:
    print("child on a terminal:", os.isatty(0), os.isatty(1), os.getsid(0) == os.getpid())
    sys.stdout.flush()
    os._exit(7)
chunks = []
while True:
    try:
        data = os.read(fd, 1024)
    except OSError:
        break
    if not data:
        break
    chunks.append(data)
os.close(fd)
_, status = os.waitpid(pid, 0)
print(b"".join(chunks).replace(b"\r\n", b"\n").decode(), end="")
print("child status:", os.waitstatus_to_exitcode(status))
