import abc, collections.abc as cabc, inspect, operator, functools
class Plugin(abc.ABC):
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        if not inspect.isabstract(cls): Plugin.registry[name or cls.__name__.lower()] = cls
    @abc.abstractmethod
    def run(self, x): ...
    @classmethod
    @abc.abstractmethod
    def create(cls): ...
class Upper(Plugin, name='up'):
    def run(self, x): return x.upper()
    @classmethod
    def create(cls): return cls()
class Half(Plugin):
    def run(self, x): return x
print(sorted(Plugin.registry), Plugin.registry['up'].create().run('a'), inspect.isabstract(Half), sorted(Half.__abstractmethods__))
try: Half()
except TypeError as e: print(e)
class Seq(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
s = Seq([3, 1, 2]); print(list(reversed(s)), s.index(1), s.count(2), 2 in s, isinstance(s, cabc.Iterable), isinstance(s, cabc.MutableSequence))
class MyMap(cabc.MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap(); m['A'] = 1; m.update(B=2); print(dict(m), m.get('a'), m.pop('b'), m.setdefault('c', 3), list(m.items()), m == {'a': 1, 'c': 3}, m.keys() & {'a'})
try: cabc.Mapping()
except TypeError as e: print(e)
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(1, Reg), issubclass(bool, Reg), Reg.register(str) is str)
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Hashable), isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable), issubclass(dict, cabc.Reversible), isinstance(b'', cabc.ByteString))
class Meta(type):
    def __call__(cls, *a, **k):
        print('creating', cls.__name__); return super().__call__(*a, **k)
    def __repr__(cls): return f'<Meta {cls.__name__}>'
class W(metaclass=Meta):
    def __init__(self, v): self.v = v
    def __class_getitem__(cls, item): return f'W[{item.__name__}]'
print(W(1).v, W, W[int], type(W))
print(inspect.getmembers(Upper, inspect.isfunction)[0][0], [n for n, _ in inspect.getmembers(s) if not n.startswith('_')][:5], inspect.getmro(Upper)[1].__name__)
ops = [operator.add(1, 2), operator.neg(5), operator.contains([1], 1), operator.getitem({'a': 1}, 'a'), operator.truth(0), operator.index(5), operator.is_(None, None), operator.concat('a', 'b'), operator.pow(2, 3), operator.xor(5, 3), operator.inv(5), operator.lshift(1, 3), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.length_hint([1, 2])]
print(ops)
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.itemgetter(slice(1, None))('abc'))
print(functools.reduce(operator.or_, [{1}, {2}]), sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1, 0)))
try: operator.itemgetter()
except TypeError as e: print(e)
