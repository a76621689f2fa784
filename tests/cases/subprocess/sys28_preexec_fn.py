import os, signal, subprocess, sys

def bad():
    raise ValueError("boom")

try:
    subprocess.run(["true"], preexec_fn=bad)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e, e.__cause__, e.__context__)

# a non-callable fails the same way: calling it raises in the child
try:
    subprocess.Popen(["true"], preexec_fn=42)
except subprocess.SubprocessError as e:
    print("non-callable:", e)

r = subprocess.run(["pwd"], preexec_fn=lambda: os.chdir("/"), capture_output=True, text=True)
print("cwd in child:", r.stdout.strip())

def announce():
    os.write(1, b"preexec ran in the child\n")

sys.stdout.flush()
subprocess.run(["echo", "then the program"], preexec_fn=announce)

def ignore_term():
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

p = subprocess.Popen(["sh", "-c", "kill -TERM $$; echo survived SIGTERM"],
                     preexec_fn=ignore_term, stdout=subprocess.PIPE, text=True)
print(p.communicate()[0].strip(), p.returncode)

p = subprocess.run(["sh", "-c", "echo $CHILD_VAR"], capture_output=True, text=True,
                   preexec_fn=lambda: os.putenv("CHILD_VAR", "set-in-child"))
print(repr(p.stdout), "CHILD_VAR" in os.environ)

p = subprocess.Popen([sys.executable, "-c", "import os; print(os.getsid(0) == os.getpid())"],
                     preexec_fn=os.setsid, stdout=subprocess.PIPE, text=True)
print("own session:", p.communicate()[0].strip())
print("parent still fine:", os.getcwd() != "/" or True)
