# Keyword arguments bound to parameters: any order, defaults for the rest, keyword-only
# parameters, and the errors of calls that do not fit (each checked against CPython).
def f(a, b=2, *, c=3, d):
    return (a, b, c, d)

print(f(1, d=4), f(d=4, a=1), f(1, c=0, d=5, b=9), f(b=7, a=6, d=8))

def g(x, y=10, z=20):
    return x + y * z

print(g(1, z=2), g(x=1, y=2, z=3), g(1, 2, z=3), g(z=1, x=2))

def posonly(a, b, /, c=1):
    return a, b, c

print(posonly(1, 2, c=3))

def closure(n):
    def inner(k, scale=1):
        return (n + k) * scale
    return inner

print(closure(5)(k=1, scale=3), closure(1)(2, scale=2))

def gen(start, *, step=1, count=3):
    for i in range(count):
        yield start + i * step

print(list(gen(10, count=4)), list(gen(start=0, step=5)))

async def coro(x, *, y=1):
    return x * y

c = coro(x=3, y=4)
try:
    c.send(None)
except StopIteration as e:
    print("coro", e.value)

def countdown(n, acc=0):
    return acc if n == 0 else countdown(n=n - 1, acc=acc + n)

print(countdown(n=50))

class P:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def moved(self, dx=0, dy=0):
        return P(x=self.x + dx, y=self.y + dy)

p = P(1).moved(dy=5).moved(dx=2)
print(p.x, p.y)

for call in [
    lambda: f(1, 2),
    lambda: f(1, d=1, a=2),
    lambda: f(1, d=1, e=3),
    lambda: g(y=1),
    lambda: g(1, x=2),
    lambda: posonly(1, b=2),
    lambda: g(1, 2, 3, z=4),
    lambda: f(d=1),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

d = {"a": 1}
print(d.get("a", 0), dict(x=1, y=2), sorted([3, 1, 2], reverse=True))
