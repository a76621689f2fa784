# Deep in a recursion, print(), str(), repr() and f-strings count against the recursion limit
# as CPython 3.11's C calls do: print to a standard stream fails "while calling a Python
# object" a call earlier than str() fails "while getting the str of an object".
import io
import sys

results = []


def probe(name, step):
    depth = 0

    def rec():
        nonlocal depth
        depth += 1
        step(depth)
        rec()

    try:
        rec()
    except RecursionError as e:
        results.append((name, depth, str(e)))


class Sink:
    def write(self, text):
        pass


sink = Sink()
probe("print stdout", lambda n: print(end=""))
probe("print file=stdout", lambda n: print("", end="", file=sys.stdout))
probe("print stderr", lambda n: print(end="", file=sys.stderr))
probe("print script file", lambda n: print(n, file=sink))
probe("str", lambda n: str(n))
probe("repr", lambda n: repr(n))
probe("f-string", lambda n: f"{n}")
probe("percent", lambda n: "%d" % n)
probe("str list", lambda n: str([n]))
probe("str empty list", lambda n: str([]))
probe("str dict", lambda n: str({n: n}))
probe("str None", lambda n: str(None))
probe("f-string float", lambda n: f"{1.5}")
probe("f-string spec", lambda n: f"{n:5}")
probe("f-string !r", lambda n: f"{n!r}")
for limit in (1000, 120):
    sys.setrecursionlimit(limit)
    for name, depth, message in results if limit == 1000 else []:
        print(f"{name:18} {depth:4} {message}")
    if limit == 120:
        results.clear()
        probe("print small limit", lambda n: print(end=""))
        probe("str small limit", lambda n: str(n))
        for name, depth, message in results:
            print(f"{name:18} {depth:4} {message}")


def countdown(n):
    if n == 0:
        return "done"
    print(end="")
    return countdown(n - 1)


print(countdown(50))
