# input() reads from whatever sys.stdin is (a StringIO in a test) and writes its prompt to
# sys.stdout; print() writes each piece with its own write() call and does nothing at all
# when sys.stdout is None.
import io
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


sys.stdin = io.StringIO("alice\n42\nno newline")
name = input("Name: ")
age = int(input("Age: "))
last = input()
print(f"\n{name!r} is {age}; last={last!r}")
try:
    input("more> ")
except EOFError as e:
    print("EOFError:", e)

rec = Recorder()
print("a", 1, None, sep="--", end="!\n", file=rec, flush=True)
print(file=rec)
print(rec.calls)

rec = Recorder()
sys.stdout = rec
sys.stdin = io.StringIO("typed\n")
got = input("prompt> ")
sys.stdout = sys.__stdout__
print(rec.calls, repr(got))

sys.stdout = None
print("never shown", sep=5)
sys.stdout = sys.__stdout__
print("back")


class Weird:
    def readline(self):
        return 42


sys.stdin = Weird()
try:
    input()
except TypeError as e:
    print("TypeError:", e)
sys.stdin = None
try:
    input("x")
except RuntimeError as e:
    print("RuntimeError:", e)
