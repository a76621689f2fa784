# __qualname__ of built-in functions and methods: unbound methods carry their type, bound ones
# the type of what they are bound to, module functions none; asyncio handle reprs use it.
import math, time, os, collections, asyncio, itertools, functools, operator, json, re, sys, random, heapq
objs = [math.sqrt, time.time, os.getcwd, str.maketrans,
        object.__new__, int.from_bytes, dict.get, {}.get, sys.exit, print, len, sorted, random.random,
        random.Random().random, heapq.heappush, operator.add, functools.reduce, itertools.chain.from_iterable,
        re.compile, re.compile("a").match, bytes.fromhex, float.fromhex, list.sort, set.add, frozenset.union,
        tuple.count, bytearray.extend, type.mro, iter, next, asyncio.get_event_loop, isinstance, [].__len__,
        (1).__add__, "x".__getitem__, object.__init_subclass__, int.__new__, str.__new__, BaseException.with_traceback,
        ValueError().with_traceback, open, id, hash, os.path.join, time.sleep, json.dumps, math.floor]
for o in objs:
    print(getattr(o, "__qualname__", None), getattr(o, "__name__", None))
class L(list): pass
class D(dict): pass
print(L().append.__qualname__, D.fromkeys.__qualname__, D().get.__qualname__, L.append.__qualname__)
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon([].append, 1)
    print(h)
    h.cancel()
    print(loop.call_soon("x".join, "ab"))
    await asyncio.sleep(0)
asyncio.run(main())
