import ast
for s in ['def f():\n    """ends with quote\\""""', 'class A(B, C): pass', 'class A(): pass', 'class A: x = 1; y = 2', 'if a: pass\nelif b: pass', 'try:\n    pass\nfinally:\n    pass', 'while 1:\n    pass\nelse:\n    x', 'async def f():\n    await x\n    async with a: pass', 'def f(a: int = 1, *args: str, b: int, **kw: dict) -> None: pass', 'lambda *, a: a', 'lambda a, /, b: 0', 'x = {}.get', '{**a}', '{1: 2, **a, 3: 4}', 'x.y = 1', 'x[1] += 2', 'a = b, = c',
          "x = '''it's \"quoted\"'''", "f'{x!r:{w}} {y:.2f}'", "f'{\"a\" if x else \"b\"}'", "f\"{x}'\"", "f'{x}\"'", "f'{x}\\'\"'", "'\\n'", "x = 'a' 'b'", "f'{x:{y:{z}}}'", "f'{3.14:.1f}'", "f'{x!r}'", "f'{{{x}}}'", "f'{a:}'", "print(f'{name} is {age} years')",
          "def f():\n    '''He said \"hi\"'''", "def f():\n    'tab\\there'", "def f():\n    '\\x00'", "'''doc'''\nx = 1", "if 1:\n    'not doc'", "def f():\n    x = 1\n    'not doc'",
          "match x:\n    case {**rest}: pass\n    case [*_]: pass\n    case (1 | 2) as y: pass\n    case Point(1, 2): pass\n    case -1 | 1.5 | 'a' | b'x': pass\n    case a.b: pass\n    case (x,): pass\n    case [x]: pass\n    case ((a | b) as c) | d: pass",
          "x = 1e5; y = 1.0; z = 1.5j; w = (1+2j)", "from . import (a)", "from .mod import *", "with a as (b, c): pass", "for (a, b) in c: pass", "x, y = y, x", "for x, in y: pass",
          "def f(*, a, **k): pass", "def f(a=1, /, b=2): pass", "f(a)[1:2].b", "x = a[1:2:3]", "x = a[:, 1]", "x = -a.b", "x = (-a).b", "x = ~(a + b)", "x = a if not b else c", "x = (a, *b)", "x = [*a]", "print(*a, *b)"]:
    try: print(repr(s), '=>', repr(ast.unparse(ast.parse(s))))
    except Exception as e: print(repr(s), 'ERR', type(e).__name__, e)
print(ast.unparse(ast.Constant(float('nan'))), ast.unparse(ast.Constant(complex(1, float('inf')))), ast.unparse(ast.Constant(-0.0)), ast.unparse(ast.Constant(1e400j)))
print(ast.unparse(ast.Constant(b'\'"')), ast.unparse(ast.Constant(frozenset())), ast.unparse(ast.Constant(True)))
print(ast.unparse(ast.Tuple([ast.Constant(1)], ast.Load())), ast.unparse(ast.Tuple([], ast.Load())))
print(ast.unparse(ast.parse('x = 1; y = 2').body[0]), ast.unparse([ast.Name('a'), ast.Name('b')]) if False else '')
print(ast.unparse(ast.Expr(ast.Tuple([ast.Name('a'), ast.Name('b')], ast.Load()))))
