# sys.exit(member of an IntEnum): an int subclass is an exit status (3), not a message.
import enum
import sys

class Status(enum.IntEnum):
    FAILED = 3

print("exiting")
sys.exit(Status.FAILED)
