# send/throw/close edge cases of generators and coroutines, as CPython 3.11 reports them.
import warnings, inspect, re
warnings.simplefilter("ignore", DeprecationWarning)
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
x = g(); next(x)
try: x.throw(ValueError)
except ValueError as e: print("VE1", repr(e))
x = g(); next(x)
try: x.throw(ValueError("v"))
except ValueError as e: print("VE2", repr(e))
x = g(); next(x)
try: x.throw(ValueError, "w")
except ValueError as e: print("VE3", repr(e))
x = g(); next(x)
try: x.throw(ValueError, ValueError("z"), None)
except ValueError as e: print("VE4", repr(e))
x = g()
try: x.throw(ValueError("early"))
except ValueError as e: print("VE5", repr(e), inspect.getgeneratorstate(x))
x = g(); next(x)
try: x.throw(ValueError("a"), "b")
except TypeError as e: print("TE", e)
try: x.throw(1)
except TypeError as e: print("TE", e)
def h():
    try:
        yield 1
    finally:
        yield 2
y = h(); next(y)
try: y.close()
except RuntimeError as e: print("RE", e)
def s():
    raise StopIteration
    yield
try: next(s())
except RuntimeError as e: print("RE", e, repr(e.__cause__))
z = g()
try: z.send(1)
except TypeError as e: print("TE", e)
print(inspect.getgeneratorstate(z))
z = g(); next(z); del z
print("after del")
z = g(); next(z); z = 5
print("after rebind")
async def c(): return 1
co = c()
try:
    co.send(None)
except StopIteration as e: print("SI", e.value)
try: co.send(None)
except RuntimeError as e: print("RE", e)
print(inspect.getcoroutinestate(co))
class A:
    def __await__(self): return 5
async def aw(x): return await x
for v in [1, A(), None]:
    cc = aw(v)
    try: cc.send(None)
    except TypeError as e: print("TE", e)
print(list(x for x in range(3)))
gx = (1/0 for _ in range(1))
print("lazy ok")
try: next(gx)
except ZeroDivisionError: print("ZDE")
try: (x for x in 5)
except TypeError as e: print("TE", e)
def r():
    y = yield 1
    print("got", y)
    return "done"
rr = r(); next(rr)
try: rr.send("v")
except StopIteration as e: print("SI", e.value)
def w():
    v = yield from r()
    print("v", v)
    yield v
ww = w(); print(next(ww)); print(ww.send("q"))
z = g(); next(z)
print(z.close(), inspect.getgeneratorstate(z))
def ge():
    try:
        yield
    except GeneratorExit:
        raise ValueError("in close")
q = ge(); next(q)
try: q.close()
except ValueError as e: print("VE", e)
