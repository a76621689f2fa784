from abc import ABC, abstractmethod, ABCMeta
class Foo(ABC):
    @abstractmethod
    def bar(self): pass
    @abstractmethod
    def baz(self): pass
    @property
    @abstractmethod
    def p(self): pass
try: Foo()
except TypeError as e: print(e)
class G(ABC):
    @abstractmethod
    def bar(self): pass
try: G()
except TypeError as e: print(e)
print(sorted(Foo.__abstractmethods__))
class I(G):
    def bar(self): return 1
print(I().bar(), type(G), I.__abstractmethods__)
class X(ABC): pass
X.register(int)
print(isinstance(3, X), issubclass(int, X), issubclass(str, X))
import collections.abc as cabc
print(isinstance([], cabc.Iterable), isinstance(3, cabc.Iterable), isinstance({}, cabc.Mapping), isinstance([], cabc.Sequence))
class MyIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(MyIt(), cabc.Iterator), issubclass(MyIt, cabc.Iterable), isinstance(len, cabc.Callable))
class MyMap(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap({'a': 1})
print(m.get('a'), 'a' in m, list(m.keys()), dict(m.items()), m == {'a': 1})
try: cabc.Mapping()
except TypeError as e: print(e)
import inspect, asyncio
def f(a, b=1, *args, c, d=2, **kw): pass
def g(x: int, y: str = 'a', /, z: float = 1.0) -> bool: pass
async def co(): pass
async def ag(): yield 1
def gen(): yield 1
class K:
    def __init__(self, p, q=3): pass
    def m(self, r): pass
    async def am(self): pass
print(inspect.signature(f), inspect.signature(g), inspect.signature(K), inspect.signature(K().m), inspect.signature(lambda: 0))
sig = inspect.signature(f)
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()], sig.parameters['b'].default, sig.parameters['a'].default is inspect.Parameter.empty)
print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(f), inspect.iscoroutinefunction(K().am), inspect.isasyncgenfunction(ag), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f))
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(3), inspect.isgenerator(gen()), inspect.isasyncgen(ag()))
c.close()
print(inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(K().m), inspect.isclass(K), inspect.isclass(K()), inspect.isbuiltin(len))
print([n for n, v in inspect.getmembers(K) if not n.startswith('__')], [n for n, _ in inspect.getmembers(K(), inspect.ismethod)])
fr = inspect.currentframe()
print(fr.f_lineno, fr.f_globals is globals(), fr.f_back)
def inner():
    return inspect.currentframe().f_back.f_lineno
print(inner())
print(sig.bind(1, c=3).arguments, inspect.isawaitable(asyncio.sleep(0)) if False else '')
class Abs:
    pass
print(inspect.isabstract(Abs), inspect.getdoc(f), inspect.cleandoc("  a\n    b\n  c"))
