import ast
# a typical "analyse code" tutorial: count function calls, list imports, find TODO names
source = '''
import os
from math import sqrt, pi as PI
def area(r):
    return PI * r ** 2
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return area(self.r)
print(Circle(2).area(), sqrt(16), os.sep)
'''
tree = ast.parse(source, filename="shapes.py")
imports = [a.name for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names]
calls = sorted({n.func.id if isinstance(n.func, ast.Name) else n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call)})
funcs = [(n.name, n.lineno, [a.arg for a in n.args.args]) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
print(imports, calls, funcs)
class Counter(ast.NodeVisitor):
    def __init__(self): self.counts = {}
    def generic_visit(self, node):
        self.counts[type(node).__name__] = self.counts.get(type(node).__name__, 0) + 1
        super().generic_visit(node)
c = Counter(); c.visit(tree); print(sorted(c.counts.items()))
print(ast.dump(tree.body[2], indent=4))
match tree.body[1]:
    case ast.ImportFrom(module=mod, names=[ast.alias(name=first), *_]):
        print("from", mod, "first", first)
class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "r":
            return ast.copy_location(ast.Name(id="radius", ctx=node.ctx), node)
        return node
    def visit_arg(self, node):
        if node.arg == "r": node.arg = "radius"
        return node
print(ast.unparse(Renamer().visit(tree)))
ns = {}
exec(compile(ast.fix_missing_locations(tree), "shapes.py", "exec"), ns)
e = ast.parse("a * (b + c) - d / 2", mode="eval")
def evaluate(node, env):
    ops = {ast.Add: lambda x, y: x + y, ast.Sub: lambda x, y: x - y, ast.Mult: lambda x, y: x * y, ast.Div: lambda x, y: x / y}
    if isinstance(node, ast.Expression): return evaluate(node.body, env)
    if isinstance(node, ast.BinOp): return ops[type(node.op)](evaluate(node.left, env), evaluate(node.right, env))
    if isinstance(node, ast.Name): return env[node.id]
    if isinstance(node, ast.Constant): return node.value
    raise TypeError(node)
print(evaluate(e, {"a": 2, "b": 3, "c": 4, "d": 5}), eval(compile(e, "<e>", "eval"), {"a": 2, "b": 3, "c": 4, "d": 5}))
print(ast.get_docstring(ast.parse('"""Module doc.\n\n    More."""')), ast.get_docstring(ast.parse("def f():\n    '''  x\n    y'''"), clean=False) if False else "")
