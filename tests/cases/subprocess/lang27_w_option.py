# The -W command-line option: sys.warnoptions, the filters it adds, invalid options
# reported and skipped, and SyntaxWarnings it turns into SyntaxErrors.
import subprocess
import sys

child = r'''
import sys, warnings
print(sys.warnoptions)
print([f[0] + ":" + f[2].__name__ for f in warnings.filters[:2]])
try:
    warnings.warn("careful", UserWarning)
    print("warned, not raised")
except UserWarning as e:
    print("raised:", e)
'''
runs = [
    ["-W", "error", "-c", child],
    ["-Wignore::UserWarning", "-c", child],
    ["-W", "ignore", "-W", "error::UserWarning", "-c", child],
    ["-W", "bogus", "-W", "error::NoSuchWarning", "-W", "a:b:c:d:e:f", "-W", "e:::m:x", "-c", child],
    ["-W", "error::SyntaxWarning", "-c", "x = 1\nprint(x is 1)"],
    ["-W", "ignore::SyntaxWarning", "-c", "x = 1\nprint(x is 1)"],
]
for args in runs:
    r = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    print(args[:-1], "exit", r.returncode)
    print(r.stdout, end="")
    print(r.stderr, end="")
r = subprocess.run([sys.executable, "-W"], capture_output=True, text=True)
print("no argument: exit", r.returncode, r.stderr.splitlines()[0])
