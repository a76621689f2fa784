# sys.exit with an int subclass (an IntEnum member) exits with its value; an int beyond a C
# long is CPython's (int)PyLong_AsLong failure, -1, so the status is 255 and nothing is printed.
import enum
import sys

class Status(enum.IntEnum):
    FAILED = 3

try:
    sys.exit(Status.FAILED)
except SystemExit as e:
    print("code", repr(e.code))
print("exiting")
sys.exit(2**70)
