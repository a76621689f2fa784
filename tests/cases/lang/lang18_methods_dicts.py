# Bound methods hash like they compare (object identity and function), so they work as
# dict keys and set members; `d |= x` takes any argument `d.update(x)` takes.
class A:
    def m(self): pass
    def n(self): pass
a, b = A(), A()
d = {a.m: "a.m"}
print(d.get(a.m), a.m in {a.m}, len({a.m, a.m, a.n, b.m}), hash(a.m) == hash(a.m), a.m == b.m)
registry = set()
for obj in (a, b, a):
    registry.add(obj.m)
print(len(registry))
l = []
print({l.append: 1}.get(l.append), l.append == l.append, hash(l.append) == hash(l.append), len({l.append, [].append}))
print({print: 1}.get(print), hash(len) == hash(len))
import functools
class B:
    @functools.lru_cache
    def f(self, x): return x * 2
print(B().f(2))

dd = {}
dd |= [("k", "v")]
dd |= {"j": 1}
dd |= (("z", 0),)
print(dd)
for bad in [1, [1], [(1, 2, 3)]]:
    try:
        dd |= bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dd | [("q", 1)]
except TypeError as e:
    print(e)
class Keys:
    def keys(self): return ["x"]
    def __getitem__(self, k): return k.upper()
dd |= Keys()
print(dd)

# "alternative patterns bind different names" is located where CPython's compiler stopped
for src in ["case [P(x, _), *rest] | (P(x, _),):", "case P(a, _, b=_) | P(c, _):", "case [a, *_, _] | [_, *_]:",
            "case {'k': a, 'j': _} | {'k': _}:", "case (a, [_, *_]) | (_, [_]):"]:
    try:
        compile(f"match v:\n    {src}\n        pass\n", "<m>", "exec")
    except SyntaxError as e:
        print(e.msg, e.offset, e.end_offset)

# zero-argument super() checks its implicit arguments as explicit ones do
class SA:
    def m(self): return "SA"
class SB(SA):
    def in_listcomp(self): return [super().m() for _ in range(1)]
    def in_lambda(self): return (lambda: super().m())()
    def in_genexp(self): return list(super().m() for _ in range(1))
    def plain(self): return super().m()
    @classmethod
    def cm(cls): return super().__name__ if False else "cm ok"
for name in ["in_listcomp", "in_lambda", "in_genexp", "plain", "cm"]:
    try:
        print(name, getattr(SB(), name)())
    except (TypeError, RuntimeError) as e:
        print(name, type(e).__name__, e)
