import ast
srcs = [
 'x=1\ndef f(a,b=2,*args,c,d=4,**kw)->int:\n  """Doc\n  string."""\n  return a+b\nclass C(B,metaclass=M):\n  x:int=3\n  @property\n  def p(self): pass\ny=2',
 'a = (1,)\nb = ()\nc = 1, 2\nd = [1, 2]\ne = {}\nf = {1, 2}\ng = {"a": 1, **h}\ni = {k: v for k, v in x}',
 'print(f"hi {name!r:>{width}} {x=} {{lit}}")', "s = 'it\\'s'\nt = \"q\\\"\"\nu = b'\\x00'\nv = r'\\d'",
 '(a + b) * c\na + b * c\n-a ** b\n(-a) ** b\na ** -b\nnot a == b\n(not a) == b\na if b else (c if d else e)\n(a if b else c) if d else e',
 'lambda: 0\nlambda x, *y, z=1, **w: x\nf(lambda: 1)\n(lambda: 1)()',
 'x = yield\ny = yield z\nawait q\nasync def g():\n    async for a in b:\n        async with c as d, e:\n            pass\n    return [i async for i in j]',
 'for i in range(3):\n    pass\nelse:\n    pass\nwhile x:\n    break\nif a:\n    pass\nelif b:\n    pass\nelse:\n    pass',
 'try:\n    pass\nexcept ValueError as e:\n    raise X from e\nexcept (A, B):\n    raise\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass',
 'import a.b as c, d\nfrom .. import x\nfrom m import (a as b, c)\nglobal g\ndel a, b[0]\nassert x, "m"',
 'x[1:2]\nx[::2]\nx[a, b]\nx[1:2, 3]\nx[()]\nx[(1, 2)]\nf(*a, **k)\nf(x for x in y)\nf((x for x in y), 1)\na.b.c()\n(1).real\n1.5.real',
 'match p:\n    case [1, *rest]:\n        pass\n    case {"k": v, **kw}:\n        pass\n    case Point(x=0) | None:\n        pass\n    case str() as s if s:\n        pass\n    case _:\n        pass',
 'a < b <= c\na is not b\na not in b\n(a := 1)\nx = (y := 2)\n~a\n+a\n-(-a)\na and b or c\na and (b or c)\n(a, b) = c\n[a, *b] = c',
 'x += 1\ny: int\nz: list[int] = []\n(w): int = 1\n"just a string"\n...\nf"{a}" "b"\nx = 1e100\ny = 1e400\nz = 10**20\nw = 1j\nv = -1',
 'with open(f) as g:\n    pass\nwith a, b as (c, d):\n    pass\n@dec\nclass A: pass\n@d1\n@d2(x)\nasync def h(): pass',
 'def f(a, /, b, *, c): pass\ndef g(*, a=1): pass\ndef h(a, b, /): pass',
 'x = a if b else c\nprint(*args, sep="")\n{**a, **b}\n[*a, *b]\n(*a, b)\nx = *a, b',
 'if x:\n    pass\nelse:\n    if y:\n        pass',
 'class A:\n    pass\n\n\n\nclass B:\n    x = 1\n    def f(self):\n        """doc"""\n        return 1',
 "f'{x:{y}.{z}f}'\nf'{\"a\"}'\nf\"{'a'}\"\nf'''{x}\n'''\nf'{x!s}'\nf'a\\nb{x}'",
 '"""module doc"""\nimport x', 'def f():\n    """Multi\n    line\n    """\n',
 'x = "a\\tb\\n"\ny = "\'"\nz = "\\"\'"\nw = "é"\nv = "\\x00\\u1234"',
 'try:\n    pass\nexcept* A:\n    pass', 'nonlocal x', 'return', 'return 1, 2', 'raise E', 'del (a, b)', 'a = b = c', 'a, = b',
]
for s in srcs:
    print(ast.unparse(ast.parse(s)))
    print("-----")
print(ast.unparse(ast.parse("1 + 2", mode="eval")))
print(ast.unparse(ast.Name("x")), ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(3)))))
print(ast.unparse(ast.Constant(float('inf'))), ast.unparse(ast.Constant((1, 'a'))), ast.unparse(ast.Constant(-1)), ast.unparse(ast.UnaryOp(ast.USub(), ast.Constant(-1))))
print(ast.unparse(ast.BinOp(ast.Constant(-2), ast.Pow(), ast.Constant(2))), ast.unparse(ast.Constant(...)), ast.unparse(ast.Constant(1.0)))
