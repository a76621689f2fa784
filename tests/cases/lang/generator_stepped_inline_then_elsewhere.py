# A generator stepped by a `for` loop (or `next`/`send` in script code) is suspended at its own
# yield; every other way of touching it must see the same generator: resumed from a builtin,
# delegated to with `yield from`, thrown into, closed, inspected, or dropped half-way.
import inspect


def counter(name, n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print(f"{name} got {got!r}")
    except KeyError as e:
        print(f"{name} caught {e!r}")
        yield "recovered"
    finally:
        print(f"{name} finally")


g = counter("a", 5)
for x in g:
    print("for", x)
    if x == 1:
        break
print(inspect.getgeneratorstate(g), g.gi_frame.f_lineno, g.gi_yieldfrom)
print("list resumes it:", list(g))
print(inspect.getgeneratorstate(g), g.gi_frame)

g = counter("b", 10)
print(next(g), next(g))
print("zip:", list(zip(g, "xy")))
print("send:", g.send("hello"))
print("throw:", g.throw(KeyError("k")))
g.close()
print(inspect.getgeneratorstate(g))


def outer():
    inner = counter("c", 4)
    print("first from inner:", next(inner))
    result = yield from inner
    print("inner returned", result)


for v in outer():
    print("outer got", v)

g = counter("d", 10)
for x in g:
    if x == 2:
        break
print("dropping d")
del g
print("dropped d")

g = counter("e", 3)
next(g)
print(sorted(g, reverse=True))


def chain(*its):
    for it in its:
        yield from it


gens = [counter(n, 2) for n in "fg"]
for x in gens[0]:
    break
print(list(chain(*gens)))
