import ast
src = """
def greet(name):
    return "Hello, " + name

x = 2 + 3
print(greet("world"), x * 10)
"""
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add) and all(isinstance(s, ast.Constant) and isinstance(s.value, str) for s in (node.left,)):
            return ast.BinOp(node.left, ast.Add(), ast.Call(ast.Name("str.upper", ast.Load()), [node.right], []) if False else node.right)
        return node
tree = Doubler().visit(ast.parse(src))
ast.fix_missing_locations(tree)
code = compile(tree, "<ast>", "exec")
ns = {}
exec(code, ns)
print(sorted(k for k in ns if not k.startswith("__")))
e = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(e)
print(eval(compile(e, "<expr>", "eval")))
t = compile("a = 1 + 2", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
bad = ast.Module([ast.Expr(ast.Name("x", ast.Load()))], [])
try: compile(bad, "<b>", "exec")
except TypeError as ex: print(ex)
try: compile(ast.parse("1", mode="eval"), "<b>", "exec")
except TypeError as ex: print(ex)
try: compile(ast.Module([ast.Expr(ast.Name("x"))], []), "<b>", "exec")
except TypeError as ex: print(ex)
ok = ast.fix_missing_locations(ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("built")], []))], []))
exec(compile(ok, "<built>", "exec"))
prog = ast.parse("def f(n):\n    if n > 2:\n        raise ValueError(n)\n    return n\n\n\nfor i in range(5):\n    f(i)\n")
try:
    exec(compile(prog, "<prog>", "exec"))
except ValueError as ex:
    import traceback
    print([ (fs.lineno, fs.name) for fs in traceback.extract_tb(ex.__traceback__)])
class Trace(ast.NodeTransformer):
    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        node.body.insert(0, ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("enter " + node.name)], [])))
        return node
t2 = ast.fix_missing_locations(Trace().visit(ast.parse("def a():\n    return 1\ndef b(x):\n    return a() + x\nprint(b(2))")))
exec(compile(t2, "<t2>", "exec"))
print(ast.unparse(t2))
