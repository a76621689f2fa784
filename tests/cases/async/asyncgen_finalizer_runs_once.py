# An async generator's finalization runs at most once (CPython's PEP 442 rule): a finalizer
# hook that keeps the generator but never closes it is called once, and when the generator
# dies again its `finally` does not run; likewise when the loop's aclose() task for it never
# runs because the loop closed first.
import asyncio
import sys


async def agen(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finally", tag)


kept = []


def finalizer(g):
    print("finalizer", g.__qualname__)
    kept.append(g)


def firstiter(g):
    print("firstiter", g.__qualname__)


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)


async def step(g):
    return await g.__anext__()


g = agen("hooked")
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("first item", e.value)
del g
print("deleted once", len(kept))
kept.clear()
print("deleted twice")
sys.set_asyncgen_hooks(*old)


async def main():
    g = agen("loop")
    await g.__anext__()
    del g
    print("deleted in loop")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
print("end")
