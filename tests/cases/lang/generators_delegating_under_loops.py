import asyncio


def t():
    yield "t1"
    yield "t2"
    return "t-ret"


def s():
    r = yield from t()
    yield "s got " + r
    yield "s end"


# The chain s -> t is first resumed by next() (outside any loop), then by a for loop.
g = s()
print(next(g))
for v in g:
    print("loop", v)


# A delegating generator driven alternately by send and next.
def echo():
    while True:
        got = yield
        if got == "stop":
            return "stopped"
        print("echo", got)


def relay():
    result = yield from echo()
    print("relay result", result)
    yield "relay done"


r = relay()
next(r)
r.send("a")
r.send("b")
print(r.send("stop"))


# A sync generator iterated inside a coroutine, with awaits in the loop body.
def ticks(n):
    for i in range(n):
        yield i
    print("ticks done", n)


async def worker(name, n):
    for i in ticks(n):
        await asyncio.sleep(0)
        print(name, i)
    return name


async def main():
    print(await asyncio.gather(worker("A", 3), worker("B", 2)))


asyncio.run(main())


# Nested loops over the same kind of generator, and a generator closed mid-delegation.
def nums(n):
    yield from range(n)


print([(a, b) for a in nums(2) for b in nums(3)])
x = s()
for v in x:
    print("x", v)
    break
x.close()
print("closed", x.gi_frame)


# A generator whose frame raises after a delegate returned, inside a for loop in a function.
def bad():
    yield from t()
    raise LookupError("after delegate")


def consume():
    out = []
    try:
        for v in bad():
            out.append(v)
    except LookupError as e:
        out.append(str(e))
    return out


print(consume())
