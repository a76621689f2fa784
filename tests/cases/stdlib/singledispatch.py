# functools.singledispatch / singledispatchmethod: MRO, ABCs, annotations, unions; function.__get__.
import functools, collections.abc
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list {x}"
@show.register(collections.abc.Mapping)
def _(x): return f"mapping {len(x)}"
@show.register
def _(x: float | str): return f"float/str {x!r}"
print(show(1), show([1]), show("s"), show(True), show(2.5), show({"a": 1}), show(None), show(()))
print(show.dispatch(bool).__name__, show.__name__, object in show.registry)
try: show()
except TypeError as e: print(str(e)[:40])
try:
    @show.register
    def _(x): pass
except TypeError as e: print(str(e)[:40])
class A:
    @functools.singledispatchmethod
    def f(self, arg): return "default"
    @f.register
    def _(self, arg: int): return f"int {arg}"
    @f.register(str)
    def _(self, arg): return f"str {arg}"
a = A(); print(a.f(1), a.f("x"), a.f(1.5))
