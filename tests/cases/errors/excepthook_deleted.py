# Deleting sys.excepthook: CPython reports it missing, then prints the traceback itself.
import sys

print("start")
del sys.excepthook


def fail():
    return {}["key"]


fail()
