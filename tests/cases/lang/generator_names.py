# __name__/__qualname__ of generators and coroutines: from the code, from a renamed
# function, set on the generator itself.
import asyncio, functools
def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__)
gen.__name__ = 'renamed'
gen.__qualname__ = 'Outer.renamed'
h = gen()
print(h.__name__, h.__qualname__, repr(h).split(' at ')[0])
h.__name__ = 'x'
print(h.__name__, h.__qualname__)
h.__qualname__ = 'y.z'
print(h.__name__, h.__qualname__)
try:
    h.__name__ = 3
except TypeError as e:
    print(e)
class K:
    def m(self):
        yield 2
    async def c(self):
        return 3
k = K().m()
print(k.__name__, k.__qualname__)
c = K().c()
print(c.__name__, c.__qualname__, repr(c).split(' at ')[0])
print(asyncio.run(c))
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def dg():
    yield 5
d = dg()
print(d.__name__, d.__qualname__, list(d))
def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
