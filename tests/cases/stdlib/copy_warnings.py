import copy
class P:
    def __init__(self, x, tags): self.x = x; self.tags = tags
    def __repr__(self): return f"P({self.x}, {self.tags})"
a = P(1, ['a']); b = copy.copy(a); c = copy.deepcopy(a)
a.tags.append('b'); print(a, b, c, b is a, b.tags is a.tags, c.tags is a.tags)
l = [1, [2, 3], {'k': [4]}]; l2 = copy.deepcopy(l); l[1].append(9); l[2]['k'].append(5); print(l, l2)
r = [1]; r.append(r); r2 = copy.deepcopy(r); print(r2[1] is r2, r2 is r)
t = (1, [2]); t2 = copy.deepcopy(t); print(t2, t2 is t, t2[1] is t[1]); t3 = (1, 2); print(copy.deepcopy(t3) is t3)
class C:
    def __init__(self): self.n = 0
    def __copy__(self): print('copy hook'); c = C(); c.n = self.n + 1; return c
    def __deepcopy__(self, memo): print('deepcopy hook', type(memo).__name__); return C()
print(copy.copy(C()).n, copy.deepcopy(C()).n)
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, 'b'))
class L(list): pass
x = L([1, [2]]); x.tag = 't'; y = copy.deepcopy(x); print(type(y).__name__, y, y.tag, y[1] is x[1])
shared = [0]; d = {'a': shared, 'b': shared}; d2 = copy.deepcopy(d); print(d2['a'] is d2['b'])
print(copy.copy({1, 2}), copy.copy(frozenset([1])), copy.deepcopy(None), copy.copy(len) is len)
import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
warnings.warn("plain")
for i in range(3):
    warnings.warn("in loop")
old()
warnings.warn("boom", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    old()
    warnings.warn(UserWarning("rec2"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno)
warnings.warn("after")
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("caught", repr(e))
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip me")
warnings.warn("Skip me too")
warnings.warn("show me")
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once only")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "  x = 1\n"), end="")
