# os.fspath rules for path arguments: open(), os functions and subprocess share them.
import os, subprocess, pathlib
class P:
    def __fspath__(self): return self
class Q:
    def __fspath__(self): return "."
for f in (lambda: open(P()), lambda: os.listdir(P()), lambda: open(3.5)):
    try: f()
    except TypeError as e: print(e)
print(len(os.listdir(Q())) > 0, subprocess.run([pathlib.Path("/bin/echo"), "hi"], capture_output=True).stdout)
