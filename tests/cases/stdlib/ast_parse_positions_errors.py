import ast
srcs = [
 'f"a{b!r:>{w}}c{d=}"', 'x = f"{a}" "lit" f"{b:%Y}"', "'''doc\nstring'''", 'a = b"x" b"y"',
 '@d1\n@d2.x(3)\ndef f(): pass', 'class C:\n    "doc"\n    def m(self): ...', 'lambda: (yield)',
 'x[1:2]', 'x[a, b:c]', 'x[()]', 'print(*a, **k)', 'async def f():\n    await x\n    return [y async for y in z]',
 'for i, (a, b) in enumerate(x): pass\nelse: pass', 'try:\n    pass\nexcept* E as e:\n    pass',
 'with (a as b, c as d):\n    pass', 'del a[0], b.c', 'x: "List[int]"', '(a): int = 1', 'a.b: int',
 'import a.b.c as d', 'from ...pkg.mod import (a as b, c)', 'from x import *', 'nonlocal_ = 1',
 '"\\N{BULLET} \\u00e9 \\x41"', "r'\\d+'", '0xFF + 0o7 + 0b1 + 1_000 + 1e-3 + 1J', 'not -x ** -y',
 'a if b else c if d else e', '[*a, *b]', '{**a, "b": 1}', '{k: v for k in x for v in y if k if v}',
 '(x for x in y)', 'f(x for x in y)', 'a @ b // c % d << e >> f | g ^ h & i', '~a', 'a is not b',
 'raise', 'return', 'def f(a, b=1, /, c=2, *d, e, f=3, **g): pass', 'def f(*, a): pass',
 'match x:\n    case [1, 2, *_]: pass\n    case {1: _, "a": [b]}: pass\n    case A.B(1, c=d): pass\n    case (a as b): pass\n    case -1j | 1+2j: pass\n    case True | None: pass',
 'if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y', 'while 1:\n    break\nelse:\n    continue',
 'a = b = c', 'a, *b = c', 'x += 1; y **= 2; z @= 3', 'assert (a, b)', "print('é', 'ü')  # ñ",
 'x = 1 \\\n  + 2', '\n\n  # comment\nx', 'f(a)(b)[c].d', 'global a, b', '... ; pass',
]
for s in srcs:
    try:
        print(ast.dump(ast.parse(s), include_attributes=True))
    except SyntaxError as e:
        print("SyntaxError", e)
for s, m in [('x', 'eval'), ('(1,\n 2)', 'eval'), ('a; b', 'single'), ('if x:\n  y\n', 'single')]:
    print(ast.dump(ast.parse(s, mode=m), include_attributes=True))
for bad in ['x = ', 'def f(:', 'return = 1', 'f(**a, *b)', 'a b', '"unterminated', '(', 'break = 1', 'f(a for a in b, c)']:
    try: ast.parse(bad, "<src>")
    except SyntaxError as e: print(type(e).__name__, e, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for bad, m in [('x = 1', 'eval'), ('', 'eval'), ('a; b', 'eval'), ('yield x', 'eval')]:
    try: ast.parse(bad, mode=m)
    except SyntaxError as e: print(type(e).__name__, e, e.lineno, e.offset)
try: ast.parse("x", mode="bogus")
except ValueError as e: print(e)
try: ast.parse(5)
except TypeError as e: print(e)
print(ast.dump(ast.parse(b"x = '\xc3\xa9'")))
