# With descriptor 0 closed the interpreter starts with sys.stdin None, and input() raises
# RuntimeError (CPython's create_stdio and builtin_input).
import subprocess
import sys

code = """
import sys
print(sys.stdin, sys.__stdin__)
try:
    input('prompt')
except RuntimeError as e:
    print(type(e).__name__, e)
"""
r = subprocess.run(f"exec <&- && exec {sys.executable} -c \"{code}\"", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
