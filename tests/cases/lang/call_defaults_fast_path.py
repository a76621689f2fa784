def f(a, b=2, *, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, c=7))
def g(a, b=[]):
    b.append(a); return b
print(g(1), g(2))
try:
    f()
except TypeError as e: print(e)
try:
    f(1, 2, 3)
except TypeError as e: print(e)
def h(*, k):
    return k
try:
    h()
except TypeError as e: print(e)
def gen(n, step=1):
    i = 0
    while i < n:
        yield i; i += step
print(list(gen(5)), list(gen(5, 2)))
f.__defaults__ = (10,)
print(f(0))
f.__kwdefaults__ = {'c': 99}
print(f(0))
f.__kwdefaults__ = None
try: f(0)
except TypeError as e: print(e)
class A:
    def m(self, x=1, *, y=2): return x + y
print(A().m(), A().m(5))
def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)
print(rec(100))
try:
    rec(100000)
except RecursionError as e: print("RecursionError", e)
async def co(x, y=3): return x * y
import asyncio
print(asyncio.run(co(2)))
def k(a, *, c=1): return a, c
for bad in ([1], 5):
    try: k.__defaults__ = bad
    except TypeError as e: print(e)
    try: k.__kwdefaults__ = bad
    except TypeError as e: print(e)
k.__defaults__ = None
print(k.__defaults__, k(1))
d = {'c': 5}
k.__kwdefaults__ = d
print(k(1), k.__kwdefaults__ is d)
d['c'] = 6
print(k(1))
