import ast
src = '''
import os, sys as system
from collections import defaultdict as dd, Counter
"""Module doc."""
@decorator(1)
async def fetch(url: str, *args, retries=3, timeout: float = 1.5, **kw) -> dict:
    """Fetch it.

    More text.
    """
    async with session.get(url) as resp:
        data = await resp.json()
    for i in range(10):
        if i % 2 == 0 and not i > 5 or i in (1, 2):
            continue
        elif i is None:
            break
        else:
            x += i ** 2
    while True:
        try:
            y: int = 5
            del a[0], b.c
        except (ValueError, KeyError) as e:
            raise RuntimeError("bad") from e
        except TypeError:
            pass
        finally:
            print(f"done {x!r:>10} and {y}")
    return {k: v for k, v in data.items() if v}

class Point(Base, metaclass=Meta):
    x: int = 0
    def __init__(self, x=1, /, y=2):
        self.x = [i * 2 for i in range(x)] + list({j for j in y}) + list(g for g in ())
        lam = lambda a, *b, c=1: (a, b[1:2], c[::-1], ...)
        global G
        nonlocal_ = None
        z = x if x else -y
        w = (yield x)
        w2 = yield from gen()
        assert x > 0, "positive"
        match command.split():
            case [action]:
                pass
            case [action, obj] if obj:
                pass
            case Point(x=0, y=0) | {"k": v, **rest}:
                pass
            case [1, *others]:
                pass
            case _:
                pass
        with open("f") as f, open("g"):
            pass
        n = (m := 10)
        s = b"bytes" + 0x1F + 1_000 + 3.14 + 2j + True
'''
tree = ast.parse(src)
print(ast.dump(tree))
print(ast.dump(tree, indent=2)[:3000])
print(ast.dump(ast.parse("x = 1"), include_attributes=True))
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        print(type(node).__name__, node.name, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, ast.get_docstring(node))
print(ast.get_docstring(tree))
class V(ast.NodeVisitor):
    def __init__(self): self.names = []; self.calls = 0
    def visit_Name(self, node): self.names.append(node.id); self.generic_visit(node)
    def visit_Call(self, node): self.calls += 1; self.generic_visit(node)
v = V(); v.visit(tree); print(sorted(set(v.names)), v.calls)
e = ast.parse("1 + 2 * x", mode="eval"); print(ast.dump(e), e.body.lineno, e.body.col_offset)
print(ast.literal_eval("{'a': [1, 2.5, (3, None)], 'b': -4+2j}"), ast.literal_eval(" 42"))
try:
    ast.literal_eval("f(x)")
except ValueError as e:
    print(str(e).split(":")[0])
try:
    ast.parse("def f(:\n pass")
except SyntaxError as e:
    print(e, e.lineno, e.offset)
class T(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(left=node.left, op=ast.Mult(), right=node.right), node)
        return node
    def visit_Constant(self, node):
        if node.value == 7:
            return None
        return node
t = T().visit(ast.parse("a = 1 + 2\nb = [7, 8]"))
print(ast.dump(t))
n = ast.Name("x", ast.Load()); print(n.id, isinstance(n, ast.expr), ast.Name._fields, ast.Constant(5).value)
try:
    ast.Name("a", "b", "c")
except TypeError as e:
    print(e)
try:
    ast.Name().id
except AttributeError as e:
    print(e)
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Num), ast.Num(5).n, type(ast.Str("x")).__name__)
fixed = ast.fix_missing_locations(ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name(id='print', ctx=ast.Load()), args=[ast.Constant(value='hi')], keywords=[]))], type_ignores=[]))
print(fixed.body[0].lineno, fixed.body[0].value.args[0].col_offset)
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x").body[0])], [type(c).__name__ for c in ast.iter_child_nodes(ast.parse("f(a, b=1)").body[0].value)])
print(ast.dump(ast.parse("x[1:2, ::3]; f'{a}b'; a < b <= c; not x; -y; ~z; a and b or c")))
print(ast.dump(ast.parse("é = 'ü'; x = é"), include_attributes=True))
print(ast.increment_lineno(ast.parse("x"), 3).body[0].lineno)
print(ast.AST, ast.Load(), ast.Module.__mro__) if False else None
print(ast.dump(ast.parse('def f(a, b=1, *, c, d=2): pass')))
print(ast.dump(ast.parse('try:\n  pass\nexcept:\n  pass\nelse:\n  x\n'), indent=1))
print(ast.dump(ast.parse('import a.b.c; from . import x; from ..m import *')))
