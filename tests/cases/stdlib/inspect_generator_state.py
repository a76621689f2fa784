# inspect.getgeneratorstate / getcoroutinestate through a generator's life.
import inspect


def countdown(n):
    while n > 0:
        yield n
        n -= 1


g = countdown(2)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))


def watcher():
    print("inside:", inspect.getgeneratorstate(w))
    yield


w = watcher()
next(w)
print(list(g), inspect.getgeneratorstate(g))
g2 = countdown(3)
g2.close()
print(inspect.getgeneratorstate(g2))


async def job():
    return 1


c = job()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(c))
print(inspect.GEN_CREATED, inspect.CORO_SUSPENDED)
