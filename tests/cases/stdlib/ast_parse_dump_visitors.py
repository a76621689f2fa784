import ast
src = '''
import os, sys as system
from collections import defaultdict as dd
from . import x

@decorator(1)
async def fetch(url: str, *args, timeout: float = 5.0, **kw) -> dict:
    """Fetch a thing."""
    async with session.get(url) as resp:
        data = await resp.json()
    async for item in stream():
        yield item
    return {k: v for k, v in data.items() if v}

class Point(Base, metaclass=Meta):
    x: int = 0
    def __init__(self, x, /, y=2):
        self.x, self.y = x, y
        super().__init__()

try:
    a = [i ** 2 for i in range(10) if i % 2]
except (ValueError, TypeError) as e:
    raise RuntimeError("bad") from e
else:
    pass
finally:
    del a
while not done:
    x += 1
    if x > 10: break
    elif x < 0: continue
    else: pass
with open("f") as f, lock:
    lambda a, b=1: a + b
assert x, "msg"
global g
print(f"{x!r:>10} and {y}", b"bytes", 1.5, 2j, ..., None, True, -3, 10**100)
match cmd:
    case [x, *rest]: pass
    case {"k": v, **kw}: pass
    case Point(x=0, y=_) | None: pass
    case str() as s if s: pass
    case 1 | -2: pass
s = a[1:2, ::3]
z = (yield)
w = x if y else z
q = (n := 10)
t = {1, 2}; e = {}; u = not a and b or c
c = a < b <= c is not d not in e
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, indent=2, include_attributes=True))
print(ast.dump(ast.parse("x = 1; f(a, b=2)"), annotate_fields=False, indent=1))
print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
for node in ast.walk(ast.parse("def f(a): return a + 1")):
    print(type(node).__name__, getattr(node, "lineno", None), getattr(node, "col_offset", None), getattr(node, "end_col_offset", None))
print(ast.get_docstring(tree.body[4]))
print(ast.get_source_segment(src, tree.body[4].body[0]))
print(ast.get_source_segment(src, tree.body[5], padded=True))
class V(ast.NodeVisitor):
    def visit_Name(self, node): print("name", node.id, type(node.ctx).__name__)
    def visit_FunctionDef(self, node): print("def", node.name); self.generic_visit(node)
V().visit(ast.parse("def f(a):\n    return a + b\nx = f"))
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int): return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
    def visit_Expr(self, node):
        return None
t = T().visit(ast.parse("x = 1 + 2\nprint(3)\ny = 'a'"))
print(ast.dump(ast.fix_missing_locations(t), include_attributes=True))
print(ast.Name._fields, ast.Name("x").id, ast.dump(ast.Name(id="y", ctx=ast.Load())))
try: ast.Name(1, 2, 3)
except TypeError as e: print(e)
try: ast.parse("x = = 1")
except SyntaxError as e: print(e, e.lineno, e.offset)
try: ast.parse("1 +", mode="eval")
except SyntaxError as e: print(e)
print(ast.dump(ast.parse("return 1")))
print(ast.literal_eval("{'a': [1, 2.5, (3, -4j)], 'b': {True, None}}"))
print(ast.increment_lineno(ast.parse("x"), 3).body[0].lineno)
print(isinstance(ast.parse("1").body[0].value, ast.Num), ast.Num(5).n, isinstance(ast.Constant("s"), ast.Str))
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("a.b").body[0].value)])
print([type(n).__name__ for n in ast.iter_child_nodes(ast.parse("f(x, y)").body[0].value)])
print(ast.dump(ast.parse('"é" + x  # comment')), ast.parse('"é"+x').body[0].value.right.col_offset)
