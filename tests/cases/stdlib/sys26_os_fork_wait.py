# os.fork(): the child continues from the call with 0, the parent gets its pid and reaps it
# with waitpid/wait; exit codes, signals and at-fork hooks as in CPython.
import os
import signal
import sys
import threading


def say(*args):
    # Flushed at once: a forked child inherits unwritten output, as in CPython.
    print(*args, flush=True)


say("before fork")
pid = os.fork()
if pid == 0:
    say("in child, fork returned 0")
    os._exit(3)
got, status = os.waitpid(pid, 0)
say("parent reaped its child:", got == pid, "exited:", os.WIFEXITED(status),
      "code:", os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

# A child that ends by falling off the end of a function and calling sys.exit.
def child_work():
    say("child working in", threading.current_thread().name)
    sys.exit(5)

pid = os.fork()
if pid == 0:
    child_work()
say("wait ->", os.wait()[1] >> 8)

# A child killed by a signal.
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGKILL)
_, status = os.waitpid(pid, 0)
say("signalled:", os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

# WNOHANG: (0, 0) while the child still runs.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)
    os._exit(0)
os.close(r)
say("still running:", os.waitpid(pid, os.WNOHANG))
os.write(w, b"x")
os.close(w)
say("done:", os.waitpid(pid, 0)[1])

# The forked child sees the parent's data, and its changes stay its own.
data = {"count": 1}
pid = os.fork()
if pid == 0:
    data["count"] += 100
    say("child sees", data)
    os._exit(0)
os.waitpid(pid, 0)
say("parent keeps", data)

# at-fork hooks
parent_hooks = []
os.register_at_fork(before=lambda: say("before hook"),
                    after_in_parent=lambda: parent_hooks.append("parent hook"),
                    after_in_child=lambda: say("child hook"))
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
say(parent_hooks)

# A thread started before the fork does not exist in the child.
ev = threading.Event()
t = threading.Thread(target=ev.wait, name="waiter")
t.start()
pid = os.fork()
if pid == 0:
    say("child threads:", [th.name for th in threading.enumerate()])
    os._exit(0)
os.waitpid(pid, 0)
ev.set()
t.join()
say(parent_hooks)

try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    say("ChildProcessError:", e)
for call in (lambda: os.register_at_fork(), lambda: os.register_at_fork(before=1),
             lambda: os.waitpid(1)):
    try:
        call()
    except TypeError as e:
        say("TypeError:", e)
say(os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
