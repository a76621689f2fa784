# yield from: delegation of send/throw/close and the return value.
def inner():
    try:
        x = yield "inner-1"
        print("inner got", x)
        y = yield "inner-2"
        print("inner got", y)
    except ValueError as e:
        print("inner caught", e)
        yield "inner-recovered"
    finally:
        print("inner finally")
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-last"
    return "outer-result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

g = outer()
next(g)
print(g.throw(ValueError("thrown")))
print(next(g))

g = outer()
next(g)
g.close()
print("closed")

def sub_close():
    try:
        yield 1
    except GeneratorExit:
        print("sub saw GeneratorExit")
        raise
def delegate_close():
    try:
        yield from sub_close()
    finally:
        print("delegate finally")
d = delegate_close()
next(d)
d.close()

def sub_unhandled():
    yield 1
def delegate_throw():
    try:
        yield from sub_unhandled()
    except KeyError as e:
        print("delegator caught", repr(e))
        yield "after"
dt = delegate_throw()
next(dt)
print(dt.throw(KeyError("k")))

def from_list():
    r = yield from [1, 2, 3]
    print("list result", r)
    yield from "ab"
    yield from range(2)
print(list(from_list()))

class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
def from_custom():
    yield from Iter()
print(list(from_custom()))

def chain(*gens):
    total = []
    for g in gens:
        total.append((yield from g))
    return total
def ret(v):
    yield v
    return v * 10
c = chain(ret(1), ret(2))
print(list(c))
def collect():
    result = yield from chain(ret(3), ret(4))
    print("collected", result)
print(list(collect()))

def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    return r + 1
def top():
    r = yield from depth(50)
    print("depth result", r)
print(list(top()))
def send_through():
    while True:
        v = yield
        print("leaf received", v)
def middle():
    yield from send_through()
m = middle()
next(m)
m.send(1)
m.send(2)
