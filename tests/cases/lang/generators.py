# Generators: send/throw/close, GeneratorExit, StopIteration.value, "already executing", PEP 479.
def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except KeyError as e:
                print("caught thrown", repr(e))
                yield "recovered"
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("echo finally")

g = echo()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration after close", e.value)

def returns():
    yield 1
    return "done"
r = returns()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("value:", e.value, e.args)

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def reentrant():
    yield me.send(None)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def leaks_stop():
    yield 1
    raise StopIteration("inner")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print("TypeError:", e)
print(f.send(None))
try:
    fresh().throw(ValueError("early"))
except ValueError as e:
    print("thrown before start:", e)
unstarted = fresh()
unstarted.close()
print(list(unstarted))

def with_finally(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally ran for", tag)
w = with_finally("del")
next(w)
del w
print("after del")
w2 = with_finally("rebind")
next(w2)
w2 = None
print("after rebind")
for v in with_finally("break"):
    break
print("after break")

def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print([next(c), next(c), c.send("reset"), next(c)])

def gen_state():
    yield 1
gs = gen_state()
print(gs.gi_running, gs.__name__, gs.__qualname__, iter(gs) is gs)
print(repr(gs)[:33] == "<generator object gen_state at 0x")
print(type(gs).__name__)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for _, x in zip(range(10), fib())])
def throw_returns():
    try:
        yield 1
    except ValueError:
        return "handled"
t = throw_returns()
next(t)
try:
    t.throw(ValueError)
except StopIteration as e:
    print("throw made it return", e.value)
