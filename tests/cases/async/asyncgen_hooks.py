# sys.get_asyncgen_hooks()/set_asyncgen_hooks(): the structseq and its argument errors, the
# running loop's own hooks, script hooks called on first iteration and for dropped suspended
# generators, a raising firstiter, and run_forever putting back the hooks it found.
import asyncio, sys, gc

print(sys.get_asyncgen_hooks())
h = sys.get_asyncgen_hooks()
print(h.firstiter, h[1], len(h), type(h).__name__)
for a, k in [((1,), {}), ((), {'finalizer': 1}), ((1, 2), {}), ((), {'x': 1}), ((print, print, print), {}), ((print,), {'firstiter': print})]:
    try:
        sys.set_asyncgen_hooks(*a, **k)
    except TypeError as e:
        print(e)

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)

seen = []
def firstiter(g):
    seen.append(g.__name__)
    print("firstiter", g.__qualname__)
finalized = []
def finalizer(g):
    print("finalizer called for", g.__name__)
    finalized.append(g)

async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks)
    g = agen("loop-managed")
    await anext(g)
    old = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
    g2 = agen("custom")
    print(await anext(g2))
    async for x in agen("for-loop"):
        break
    del g2
    gc.collect()
    await asyncio.sleep(0)
    print(len(finalized))
    for f in finalized:
        await f.aclose()
    finalized.clear()
    sys.set_asyncgen_hooks(*old)
    print(sys.get_asyncgen_hooks() == old)
    g3 = agen("after-restore")
    await anext(g3)
    del g3
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    def bad_first(g):
        raise KeyError("no")
    sys.set_asyncgen_hooks(firstiter=bad_first)
    try:
        await anext(agen("bad"))
    except KeyError as e:
        print("firstiter raised", e)
    sys.set_asyncgen_hooks(firstiter=firstiter)

asyncio.run(main())
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter, None)
print(sys.get_asyncgen_hooks().firstiter is firstiter)
async def outside():
    g = agen("in-second-run")
    await anext(g)
    print(sys.get_asyncgen_hooks().finalizer)
asyncio.run(outside())
print(sys.get_asyncgen_hooks().firstiter is firstiter)
sys.set_asyncgen_hooks(None, None)
print(seen)
