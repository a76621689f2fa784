# Generator/coroutine reprs, writable __name__/__qualname__, async-generator close edge cases.
import re, asyncio, sys, types
sh = lambda o: re.sub(r"0x[0-9a-f]+", "0x?", repr(o))
async def c(): pass
co = c(); print(sh(co)); co.close()
async def ag(): yield 1
a = ag(); print(sh(a))
print(sh(a.asend(None)), sh(a.athrow(ValueError)), sh(a.aclose()))
print(sh(co.__await__()) if False else "")
try:
    exec("async def bad():\n    yield 1\n    return 2\n")
except SyntaxError as e: print("SE", e)
try:
    exec("def bad():\n    await x\n")
except SyntaxError as e: print("SE", e)
try:
    exec("async def bad():\n    yield from x\n")
except SyntaxError as e: print("SE", e)
def g():
    yield 1
gg = g()
print(gg.gi_code.co_name, gg.__name__, gg.__qualname__)
gg.__name__ = "renamed"; print(sh(gg))
print(type(gg).__name__, type(co).__name__, type(a).__name__)
print(isinstance(gg, types.GeneratorType), isinstance(co, types.CoroutineType))
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def main():
    x = agen()
    print(await x.__anext__())
    await x.aclose()
    try:
        await x.__anext__()
    except StopAsyncIteration:
        print("SAI")
    y = agen()
    async for v in y:
        break
    await y.aclose()
    async def stopper():
        raise StopAsyncIteration
        yield
    try:
        await stopper().__anext__()
    except RuntimeError as e:
        print("RE", e)
    async def ignore():
        try:
            yield 1
        finally:
            yield 2
    z = ignore()
    await z.__anext__()
    try:
        await z.aclose()
    except RuntimeError as e:
        print("RE", e)
    async def cc(): return 3
    k = cc()
    print(await k)
    try:
        await k
    except RuntimeError as e:
        print("RE", e)
asyncio.run(main())
def gen_exc():
    yield 1
    raise KeyError("k")
for _ in gen_exc(): pass
