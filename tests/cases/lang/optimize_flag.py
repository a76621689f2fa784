# -O and -OO: asserts vanish, __debug__ is False, -OO drops docstrings, and sys.flags.optimize
# reports the level; each level is run in a child interpreter.
import subprocess
import sys

PROBE = '''
"""Module doc."""
import sys


def documented():
    """Function doc."""


class Documented:
    """Class doc."""


print(__debug__, sys.flags.optimize, __doc__, documented.__doc__, Documented.__doc__)
if __debug__:
    print("debug block runs")
try:
    assert False, "assertion fired"
    print("assert skipped")
except AssertionError as e:
    print("AssertionError:", e)
'''

for options in ([], ["-O"], ["-OO"], ["-O", "-O"], ["-uO"]):
    done = subprocess.run([sys.executable, *options, "-c", PROBE], capture_output=True, text=True)
    print(options, done.returncode)
    print(done.stdout, end="")
    print(done.stderr, end="")
