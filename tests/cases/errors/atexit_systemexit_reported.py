# A SystemExit raised by an atexit callback is reported like any other exception and does not
# change the exit status (CPython 3.11's atexit_callfuncs); the other callbacks still run.
import atexit
import sys


class Callback:
    def __init__(self, name, code=None):
        self.name = name
        self.code = code

    def __repr__(self):
        return f"<Callback {self.name}>"

    def __call__(self):
        print("running", self.name)
        if self.code is not None:
            sys.exit(self.code)


atexit.register(Callback("last"))
atexit.register(Callback("exits", 5))
atexit.register(Callback("message", "bye"))
print("main done")
