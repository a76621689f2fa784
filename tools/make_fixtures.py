import json
cases = {
"defaults_closure": '''def outer(a, b=2, *args, c, d=4, **kw):
    x = a + b
    def inner(y: int = 1) -> int:
        nonlocal x
        x += y
        return x * c
    return inner
''',
"class_super": '''class A(Base, metaclass=M):
    """Doc."""
    n: int = 0
    def m(self, v):
        super().m(v)
        return __class__
''',
"generator": '''def gen(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            break
        i += 1
    else:
        yield from range(3)
''',
"try_return": '''def f():
    for x in xs:
        try:
            return g(x)
        except ValueError as e:
            continue
        except:
            raise
        finally:
            cleanup()
''',
"with_stmt": '''with open(p) as f, lock:
    data = f.read()
''',
"async_def": '''async def main(q):
    r = await fetch(q)
    async for item in stream():
        if item: break
    async with session() as s:
        return await s.get(r)
''',
"comprehensions": '''def f(rows):
    a = [x * 2 for x in rows if x]
    b = {k: v for k, v in rows}
    c = {y for r in rows for y in r}
    d = (z for z in rows)
    return [w := q for q in rows], w
''',
"fstrings": '''name = "x"
s = f"hello {name!r:>{width}} and {value:.2f} {plain}"
''',
"chained_compare": '''ok = a < b <= c != d
''',
"star_call": '''f(1, *args, k=2, **kw)
g(*a)
h(x=1)
o.m(1, 2)
''',
"imports": '''import os
import a.b.c as d
import a.b
from .m import (x as y, z)
from . import q
from pkg import *
''',
"except_star": '''try:
    f()
except* ValueError as e:
    g(e)
except* TypeError:
    h()
''',
"module_misc": '''"""Module doc."""
x: int = 5
del x
a, *b, c = seq
d[i] += 1
o.at -= 2
assert x > 0, "neg"
raise E from cause
lam = lambda p, *, k=3: p + k
t = (1, -2, (3.5, "s"))
v = -x if not y else ~z
n = 0x1F + 99999999999999999999
s = obj[1:2, ::3]
''',
"global_nonlocal": '''counter = 0
def bump():
    global counter
    counter += 1
def outer():
    x = 1
    class C:
        y = x
        def m(self):
            return x
    return C
''',
"match_stmt": '''match cmd:
    case [x, *rest] if x > 0:
        pass
    case {"k": v, **kw}:
        pass
    case Point(1, y=0) | None:
        pass
    case "a" | "b" as s:
        pass
    case _:
        pass
''',
"while_true": '''while True:
    if done(): break
''',
# ---- errors ----
"err_or_names": "match x:\n    case [a] | b:\n        pass\n",
"err_return": "return 1\n",
"err_yield": "yield 1\n",
"err_await_module": "x = 1\nawait main()\n",
"err_await_sync": "def f(x):\n    y = await z(x)\n",
"err_await_class": "class A:\n  await x\n",
"err_await_lambda": "lambda: await x\n",
"err_yield_from_async": "async def f():\n    yield from gen(x)\n",
"err_async_for": "def f():\n    async for x in y: pass\n",
"err_async_with": "async with x: pass\n",
"err_async_comp": "def f():\n  [x async for x in y]\n",
"err_async_comp_await": "def f():\n  [await x for x in y]\n",
"err_return_async_gen": "async def f():\n  yield 1\n  return 2\n",
"err_break": "for x in y:\n  def f():\n    break\n",
"err_continue": "continue\n",
"err_global_used": "def f():\n  print(x)\n  global x\n",
"err_global_assigned": "def f():\n  x=1\n  global x\n",
"err_global_param": "def f(x):\n  global x\n",
"err_nonlocal_module": "nonlocal x\n",
"err_nonlocal_nobinding": "def f():\n  nonlocal x\n",
"err_duplicate_arg": "def f(a, a): pass\n",
"err_multi_star": "a, *b, *c = d\n",
"err_star_alone": "*a = b\n",
"err_star_here": "x = *a\n",
"err_yield_listcomp": "def f():\n  [(yield) for x in y]\n",
"err_except_star_return": "def f():\n  try:\n    pass\n  except* E:\n    return\n",
"err_too_many_star": "(" + ", ".join(f"a{i}" for i in range(300)) + ", *z) = q\n",
"err_nested_blocks": "".join("    " * i + "while x:\n" for i in range(21)) + "    " * 21 + "pass\n",
"ok_toplevel_await": "x = await main()\nasync for i in it: pass\n",
}
json.dump(cases, open("tools/fixtures.json", "w"), indent=1)
