import copy
class P:
    def __init__(self, x, y): self.x, self.y = x, y; print('init', x, y)
    def __reduce__(self): return (P, (self.x, self.y))
    def __repr__(self): return f'P({self.x}, {self.y})'
p = P(1, [2]); q = copy.copy(p); r = copy.deepcopy(p); print(q, r, q.y is p.y, r.y is p.y)
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
s = copy.deepcopy(S()); print(s.a, s.b)
class G:
    def __init__(self): self.v = 1; self.cache = 'big'
    def __getstate__(self): d = self.__dict__.copy(); del d['cache']; return d
    def __setstate__(self, st): self.__dict__.update(st); self.cache = 'rebuilt'
g = copy.copy(G()); h = copy.deepcopy(G()); print(vars(g), vars(h))
class R:
    def __init__(self, n): self.n = n
    def __reduce_ex__(self, proto): return (R, (self.n * 10,))
print(copy.copy(R(1)).n, copy.deepcopy(R(2)).n)
class Q:
    def __copy__(self): return 'custom copy'
    def __deepcopy__(self, memo): return 'custom deep'
print(copy.copy(Q()), copy.deepcopy(Q()))
import collections
d = collections.defaultdict(list, {'a': [1]}); e = copy.deepcopy(d); e['a'].append(2); print(d, e, e.default_factory)
od = collections.OrderedDict(a=[1]); print(copy.deepcopy(od), copy.copy(collections.Counter('aab')))
print(copy.replace if hasattr(copy, 'replace') else 'no replace')
try: copy.deepcopy(iter([1]))
except TypeError as e: print(e)
