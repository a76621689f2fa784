# Popen.communicate() with timeouts and repeated calls, as CPython's POSIX implementation
# behaves: TimeoutExpired carries the raw bytes read so far (None when nothing came), and
# the documented "kill, then communicate again" pattern gets all the output.
import subprocess
import sys

proc = subprocess.Popen(["sh", "-c", "echo before; sleep 3; echo after"],
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    outs, errs = proc.communicate(timeout=1.0)
except subprocess.TimeoutExpired as e:
    print("timed out:", e.output, e.stderr, e.stdout)
    proc.kill()
    outs, errs = proc.communicate()
print("after kill:", outs, errs, proc.returncode)
print("again:", proc.communicate())

# Text mode: the exception still holds bytes (or None); the later call decodes.
proc = subprocess.Popen(["sh", "-c", "sleep 3"], stdout=subprocess.PIPE, text=True)
try:
    proc.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("text timeout:", repr(e.output), repr(e.stderr))
    proc.kill()
    print("text after kill:", proc.communicate())

try:
    subprocess.run(["sh", "-c", "sleep 3"], capture_output=True, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("run timeout, nothing read:", e.output, e.stderr)

try:
    subprocess.run(["sh", "-c", "echo oops >&2; sleep 3"], capture_output=True, timeout=1.0, text=True)
except subprocess.TimeoutExpired as e:
    print("run timeout, stderr read:", e.output, e.stderr)

# With a timeout the output is kept: a second call returns it again.
proc = subprocess.Popen(["echo", "hi"], stdout=subprocess.PIPE)
print(proc.communicate(timeout=5))
print(proc.communicate())

# Without one (a single pipe) communicate reads the pipe and closes it.
proc = subprocess.Popen(["echo", "hi"], stdout=subprocess.PIPE)
print(proc.communicate())
try:
    proc.communicate()
except ValueError as e:
    print("ValueError:", e)

# Only stdin piped: nothing to return, again and again.
proc = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
print(proc.communicate(b"data"), proc.communicate(), proc.returncode)

# Two pipes: the output is kept and returned again.
proc = subprocess.Popen([sys.executable, "-c", "import sys; print('o'); print('e', file=sys.stderr)"],
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(proc.communicate())
print(proc.communicate())
