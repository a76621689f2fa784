# A value sent into `x = yield ...` and an `async for` item go straight into their local (the
# fused store after the resume): finalizer order, unbound locals after a fused store, and
# targets that are not plain locals (attributes, subscripts, tuples) must behave as before.
import asyncio, sys

class Noisy:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Noisy({self.n})"
    def __del__(self): print("del", self.n)

def acc():
    total = 0
    while True:
        x = yield total
        total += x.n if isinstance(x, Noisy) else x
        print("got", x, "total", total)

g = acc(); next(g)
print(g.send(1)); print(g.send(Noisy(2))); print(g.send(Noisy(3))); print(g.send(4))
g.close()

def unbound():
    x = yield 1
    print(x, y)   # StoreFast x; LoadFast x ... y unbound
    y = 2
u = unbound(); next(u)
try:
    u.send(5)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

def sfl():
    while True:
        x = yield
        y = x
        print("sfl", x, y)
s = sfl(); next(s); s.send("a"); s.send(Noisy(9)); s.send("b")

async def agen(n):
    for i in range(n):
        yield Noisy(i)

async def agen_plain(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def main():
    async for x in agen(3):
        print("item", x)
    print("after loop", x)
    del x
    total = 0
    async for y in agen_plain(5):
        total += y
    print("total", total)
    evens = [z * 2 async for z in agen_plain(10) if z % 3 == 0]
    print(evens)
    items = [w async for w in agen(2)]
    print(items)
    del items
    async for q in agen_plain(3):
        if q == 1:
            break
    else:
        print("no break")
    print("q", q)
    try:
        async for k in agen_plain(2):
            print(k, undefined_name)
    except NameError as e:
        print("NameError", e)
    class C: pass
    c = C()
    async for c.attr in agen_plain(2):
        print("attr", c.attr)
    d = {}
    async for d["k"] in agen_plain(2):
        pass
    print(d)
    async for a, b in pairs():
        print(a, b)

async def pairs():
    yield 1, 2
    yield 3, 4

asyncio.run(main())
print("end")

# `last = gen.send(v)` and `last = next(gen)`: the result goes straight into `last`, and the
# value it replaces is finalized at once, before the next statement.
def echo():
    v = None
    while True:
        v = yield Noisy(v)

def drive():
    k = echo()
    last = next(k)
    print("first", last)
    last = k.send(1)
    print("sent 1 ->", last)
    last = k.send("two")
    print("sent two ->", last)
    last = next(k)
    print("next ->", last)
    k.close()
    print("closed; last", last)

drive()
print("end of sends")
