# with: several items, __exit__ suppressing exceptions, exception info passed to __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name * 2
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("oops")
    print("not reached")
print("after suppress")

try:
    with CM("x") as x, CM("y", suppress=False):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

def in_function():
    with CM("ret"):
        return "returned"
print(in_function())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class Broken:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with CM("first"), Broken():
        print("no")
except RuntimeError as e:
    print("caught", e)

try:
    with object():
        pass
except TypeError as e:
    print(e)

class Exits:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise TypeError("from exit")
try:
    with Exits():
        raise ValueError("body")
except TypeError as e:
    print(repr(e), repr(e.__context__))

with CM("tuple") as (p):
    print(p)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (one, two):
    print(one + two)
