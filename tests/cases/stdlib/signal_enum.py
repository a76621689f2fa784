# signal.Signals and signal.Handlers are IntEnums, as in CPython.
import signal

print(repr(signal.SIGTERM), str(signal.SIGTERM), signal.SIGTERM)
print(signal.Signals(2).name, signal.Signals(2).value, signal.Signals["SIGINT"])
print(f"{signal.SIGINT}", signal.SIGINT == 2, isinstance(signal.SIGINT, int))
print(type(signal.SIGINT), signal.SIGINT.name)
print(signal.Handlers.SIG_DFL, repr(signal.SIG_IGN))
# Installed explicitly: a program started as a background job inherits SIGINT ignored, and then
# getsignal reports that instead (in CPython too).
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.getsignal(signal.SIGINT))
print(signal.SIGIOT, repr(signal.SIGIOT), signal.Signals.SIGCLD)
print(list(signal.Signals)[:3], len(signal.Signals))
try:
    signal.Signals(99)
except ValueError as e:
    print(e)
print(signal.SIGINT + 1, signal.SIGINT == signal.Signals.SIGINT, hash(signal.SIGINT) == 2)
print(sorted(signal.valid_signals())[:4])
print(f"{signal.SIGTERM!r} {signal.SIGTERM:>4}")
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)), repr(signal.getsignal(signal.SIGUSR1)))
import subprocess

try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
