import asyncio
import inspect, types, sys

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

g = averager()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
for v in [10, 30, 5]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value, e.args)
print(inspect.getgeneratorstate(g))
print(g.gi_frame, g.gi_running, g.gi_code.co_name, g.gi_yieldfrom)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

results = {}
for key, vals in {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}.items():
    group = grouper(results, key)
    next(group)
    for v in vals:
        group.send(v)
    group.send(None)
print(results)

def coro_exc():
    print("-> coroutine started")
    try:
        while True:
            try:
                x = yield
            except ZeroDivisionError:
                print("*** ZeroDivisionError handled. Continuing...")
            else:
                print("-> coroutine received: {!r}".format(x))
    finally:
        print("-> coroutine ending")

c = coro_exc()
next(c)
c.send(11)
c.throw(ZeroDivisionError)
print(inspect.getgeneratorstate(c))
c.close()
print(inspect.getgeneratorstate(c))
c2 = coro_exc(); next(c2)
try:
    c2.throw(TypeError, "bad")
except TypeError as e:
    print("propagated", repr(e))
print(inspect.getgeneratorstate(c2))

@types.coroutine
def legacy():
    x = yield "hello"
    return x * 2

async def modern():
    r = await legacy()
    return r

m = modern()
print(m.send(None))
try:
    m.send(21)
except StopIteration as e:
    print("done", e.value)
print(inspect.iscoroutinefunction(modern), inspect.isgeneratorfunction(legacy), inspect.isawaitable(legacy()))
print(type(m).__name__, m.cr_running, m.cr_frame)
def gen():
    yield 1
    return 5
g = gen()
print(list(g), next(g, "x"))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)
def g3():
    r = yield from gen()
    print("inner returned", r)
    yield r
print(list(g3()))
g4 = gen()
print(g4.__name__, g4.__qualname__, repr(g4)[:20])
print(sys.getrecursionlimit())

@types.coroutine
def sleep0():
    yield

@types.coroutine
def switch(n):
    got = yield ("switch", n)
    return got

async def inner():
    return 7

@types.coroutine
def delegator():
    r = yield from inner()
    return r + 1

async def main():
    await sleep0()
    print("after sleep0")
    print(await delegator())
    g = sleep0()
    print(type(g).__name__, inspect.isawaitable(g), inspect.isgenerator(g), inspect.iscoroutine(g))
    print(sleep0.__code__.co_flags & 0x100, inspect.isgeneratorfunction(sleep0), inspect.iscoroutinefunction(sleep0))
    g.close()
    print(asyncio.iscoroutine(sleep0()))

asyncio.run(main())

def plain():
    yield from inner()
try:
    list(plain())
except TypeError as e:
    print(e)

async def driver():
    return await switch(3)
c = driver()
print(c.send(None))
try:
    c.send("hi")
except StopIteration as e:
    print("returned", e.value)

class Fut:
    def __await__(self):
        return (yield "x")
def notgen():
    return Fut().__await__()
w = types.coroutine(notgen)
print(w.__name__, type(w()).__name__)
async def f(): pass
print(types.coroutine(f) is f)
try:
    types.coroutine(3)
except TypeError as e:
    print(e)
