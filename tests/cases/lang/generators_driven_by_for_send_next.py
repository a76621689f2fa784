import sys
import inspect


def count(n):
    try:
        for i in range(n):
            yield i
        return "done"
    finally:
        print("count finally", n)


def squares(it):
    for x in it:
        yield x * x


print(list(squares(count(3))))
for v in squares(count(4)):
    if v > 3:
        break
    print("v", v)
print("after break")

# A generator left suspended by break is closed when its last reference goes.
g = count(5)
for v in g:
    if v == 1:
        break
print("state", inspect.getgeneratorstate(g))
del g
print("deleted")


# Exceptions raised inside an inline generator reach the loop's try.
def boom(n):
    for i in range(n):
        if i == 2:
            raise ValueError(f"bad {i}")
        yield i


try:
    for v in boom(5):
        print("boom", v)
except ValueError as e:
    print("caught", e)


# PEP 479: StopIteration leaving a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("x")


try:
    for v in leaky():
        print("leaky", v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# send / next with values and StopIteration.value
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


a = acc()
print(next(a))
for i in range(1, 4):
    print("sent", i, a.send(i))
try:
    a.send(None)
except StopIteration as e:
    print("stop value", e.value)
print(next(a, "default"))
try:
    next(a)
except StopIteration as e:
    print("stop again", e.value)


# send a non-None value into a fresh generator
b = acc()
try:
    b.send(5)
except TypeError as e:
    print(e)


# A generator cannot resume itself.
def selfish():
    yield me.send(None)


me = selfish()
try:
    next(me)
except ValueError as e:
    print(e)


# yield from inside a generator that is iterated inline, with a partly used delegate.
def inner():
    yield "i1"
    yield "i2"
    yield "i3"
    return "inner-ret"


def outer(d):
    r = yield from d
    yield f"outer got {r}"


d = inner()
print(next(d))
for v in outer(d):
    print("outer", v)


# Frames: a generator's caller is its f_back; gi_running while it runs.
def frames():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name, gen.gi_running


def driver():
    for item in gen:
        print(item)


gen = frames()
driver()
print("gi_running after", gen.gi_running)


# Resumed alternately by for, next and send.
def letters():
    got = yield "a"
    print("got", got)
    yield "b"
    yield "c"
    yield "d"


L = letters()
for ch in L:
    print("for", ch)
    if ch == "a":
        print("send ->", L.send("hello"))
    elif ch == "c":
        print("next ->", next(L))

# throw and close after inline use
t = count(10)
print(next(t), next(t))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("thrown back", e)
t2 = count(10)
for v in t2:
    if v == 2:
        break
t2.close()
print("closed", inspect.getgeneratorstate(t2))


# Deep recursion through generators is a RecursionError, not a crash.
def deep(n):
    if n == 0:
        yield 0
        return
    for v in deep(n - 1):
        yield v + 1


try:
    print(list(deep(50)))
    for v in deep(100000):
        pass
except RecursionError as e:
    print("RecursionError", e)


# Generator expressions and comprehensions over generators.
print(sum(x for x in count(4)))
print([y for y in squares(range(4))])
print({k: v for k, v in zip(count(3), squares(range(3)))})


# An exception in the loop body while the generator is suspended.
def guarded():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("guarded got GeneratorExit")
        raise


try:
    for v in guarded():
        raise KeyError(v)
except KeyError as e:
    print("body raised", e)


# The traceback of an uncaught error inside an inline generator.
def fails():
    yield 1
    1 / 0


for v in fails():
    print("fails", v)
